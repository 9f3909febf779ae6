namespace Planner.Simulation.Model.Parameters;

/// <summary>
/// Receipt audits and eligibility changes found in meetings (S004): under Malmö's "nya arbetssättet" applications are
/// granted without receipts, and each caseworker is given five names a month whose incomes and costs are checked
/// against receipts; meetings also bring changes in a household's situation to light.
/// </summary>
public sealed record AuditParameters
{
    [Param("households/FTE/month", "user (the unit's routine; S004: in Malmö 'tilldelas varje socialsekreterare fem namn varje månad' for an ekonomisk avstämning with receipts; baseline 0)", "Households per caseworker FTE and month whose application gets a full receipt check (ekonomisk avstämning).", Min = 0, Max = 100)]
    public double PerWorkerPerMonth { get; init; }

    [Param("h", "ASSUMED (going through a month's incomes and costs with the client, receipt by receipt)", "Hours of one receipt check, before documentation; deadline work of the month it is done in.", Min = 0, Max = 20)]
    public double HoursPerAudit { get; init; } = 1.0;

    [Param("share", "ASSUMED (S004: the checks are kept because applications without receipts can be wrong)", "Share of receipt checks that find the benefit too high.", Min = 0, Max = 1)]
    public double FindingShare { get; init; } = 0.2;

    [Param("share per meeting", "ASSUMED (S004: meetings bring changes in the household's situation to light; decisions made in the meeting)", "Chance that a month's meeting with a household finds a change in its eligibility (income, household, costs).", Min = 0, Max = 1)]
    public double ChangeFoundPerMeeting { get; init; } = 0.01;

    [Param("h", "ASSUMED", "Hours of a new calculation and decision when a change is found (check or meeting), before documentation.", Min = 0, Max = 20)]
    public double HoursPerChange { get; init; } = 0.5;

    [Param("share of benefit", "ASSUMED", "Relative fall of the household's benefit for the rest of its spell when a check or a meeting finds it too high.", Min = 0, Max = 1)]
    public double BenefitReduction { get; init; } = 0.25;
}
