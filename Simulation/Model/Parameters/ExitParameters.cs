namespace Planner.Simulation.Model.Parameters;

public sealed record ExitParameters
{
    [Param("per month", "ASSUMED, calibrated (20 × 12-year baseline runs) to a stock that neither climbs nor falls at about 1,080 households on assistance a month, a long-term share ≈ 36 % (S003, S004) and about 6.3 months on assistance per household and year (PUB: Stockholm 2017 7.0, Sweden 2013 6.6); near households leave fast, the far ones carry the long-term share", "Exit hazard in the first month for a household near the labour market (nära).", Min = 0, Max = 1)]
    public double BaseHazardNear { get; init; } = 0.448;

    [Param("per month", "ASSUMED, calibrated (20 × 12-year baseline runs) to a stock that neither climbs nor falls at about 1,080 households on assistance a month, a long-term share ≈ 36 % (S003, S004) and about 6.3 months on assistance per household and year (PUB: Stockholm 2017 7.0, Sweden 2013 6.6)", "Exit hazard in the first month for a household far from the labour market (långt från).", Min = 0, Max = 1)]
    public double BaseHazardFar { get; init; } = 0.0291;

    [Param("per month of spell", "S003 §2 (duration dependence); value ASSUMED, calibrated (20 × 12-year baseline runs) to a stock that neither climbs nor falls at about 1,080 households on assistance a month, a long-term share ≈ 36 % (S003, S004) and about 6.3 months on assistance per household and year (PUB: Stockholm 2017 7.0, Sweden 2013 6.6)", "Relative fall of the exit hazard per month on assistance: hazard × exp(−k × months).", Min = 0, Max = 1)]
    public double DurationDecay { get; init; } = 0.01;

    [Param("relative", "ASSUMED (S000, S004: meetings are the 'dose' of social work)", "Relative rise of the month's exit hazard when the household was met that month.", Min = 0, Max = 5)]
    public double MeetingEffect { get; init; } = 0.30;

    [Param("relative", "ASSUMED (S000: continuity of caseworker)", "Relative fall of the exit hazard per caseworker change in the last 12 months.", Min = 0, Max = 1)]
    public double HandoverPenalty { get; init; } = 0.10;

    [Param("relative", "ASSUMED (S000: 'only authority work gets done … clients stay longer')", "Relative fall of the exit hazard when the caseworker's planned client work was fully crowded out. At most 0.9, not 1: at 1 the households of a caseworker who did none of the client work could never leave, while S000 says they stay longer, not for ever (they still find work, move, turn to another benefit).", Min = 0, Max = 0.9)]
    public double OverloadPenalty { get; init; } = 0.30;

    [Param("elasticity", "ASSUMED (S003 §2: the labour market drives exits)", "Exit hazard is divided by the inflow path multiplier to this power (bad times: fewer exits).", Min = 0, Max = 3)]
    public double LabourMarketElasticity { get; init; } = 1.0;

    [Param("share", "ASSUMED", "Share of exits that are to work (självförsörjning).", Min = 0, Max = 1)]
    public double ShareToWork { get; init; } = 0.45;

    [Param("share", "ASSUMED", "Share of exits that are to studies (självförsörjning).", Min = 0, Max = 1)]
    public double ShareToStudies { get; init; } = 0.10;

    [Param("share", "ASSUMED", "Share of exits that are to another benefit (e.g. sickness benefit); moved takes the rest.", Min = 0, Max = 1)]
    public double ShareToOtherBenefit { get; init; } = 0.25;

    [Param("per month", "ASSUMED (Malmö: 599 refusals for broken planning in 2018, S004)", "Monthly hazard of a refusal (avslag) for broken planning per active household.", Min = 0, Max = 1)]
    public double RefusalHazard { get; init; } = 0.006;

    [Param("probability", "S001 (Vårgårda 2019: 71 % of adults not back within a year)", "Probability that an exited household eventually re-applies (återaktualisering).", Min = 0, Max = 1)]
    public double ReentryProbability { get; init; } = 0.35;

    [Param("months", "ASSUMED, so that ≈ 29 % return within 12 months (S001)", "Mean delay from exit to re-application for those who return (exponential).", Min = 0.1, Max = 120)]
    public double ReentryMeanMonths { get; init; } = 6.0;
}
