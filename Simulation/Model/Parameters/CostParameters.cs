namespace Planner.Simulation.Model.Parameters;

public sealed record CostParameters
{
    [Param("SEK/household-month", "PUB (Stockholm 2017: 928 MSEK ÷ 101,580 household-months ≈ 9,140; Sweden 2024: 75,045 SEK per household-year ÷ ~7 months ≈ 10,700)", "Mean benefit paid per household and month on assistance.", Min = 0, Max = 100_000)]
    public double BenefitPerHouseholdMonth { get; init; } = 9_900;

    [Param("SEK/month", "user (baseline: the order of magnitude of published pay for socialsekreterare)", "Monthly salary of a caseworker at 1.0 FTE.", Min = 0, Max = 200_000)]
    public double SalaryPerMonth { get; init; } = 40_000;

    [Param("share of salary", "user (the municipality's rate; baseline: municipal on-cost rates of about 40–45 %)", "Employer on-costs (arbetsgivaravgifter, pension, insurance) on salary.", Min = 0, Max = 1)]
    public double OnCostRate { get; init; } = 0.42;

    [Param("× employee cost", "PUB (consultants cost about twice an employee)", "Cost of a consultant FTE relative to an employee's full cost.", Min = 0, Max = 5)]
    public double ConsultantCostFactor { get; init; } = 2.0;

    [Param("SEK/hire", "ASSUMED", "Recruitment cost per hire (advertising, interviews, manager time).", Min = 0, Max = 1_000_000)]
    public double RecruitmentCostPerHire { get; init; } = 60_000;

    [Param("share of salary", "LAW (sjuklönelagen: 80 % of salary on days 2–14)", "Sick pay as a share of salary on sick days 2–14; day 1 is the qualifying deduction (karensavdrag), Försäkringskassan pays from day 15.", Min = 0, Max = 1)]
    public double SickPayShare { get; init; } = 0.8;
}
