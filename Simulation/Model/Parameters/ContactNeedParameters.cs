namespace Planner.Simulation.Model.Parameters;

/// <summary>
/// What a household needs of client contact in a month (MODEL.md §3.4), by weight class and phase. The
/// unit's routine meetings (<see cref="WorkParameters"/>: one visit every few months) are what a caseworker
/// books and feels as load; the need beyond them is met "i mån av tid" (S000) from hours left after all
/// other work, so more staff or fewer cases turn into more meetings. The exit dose reads what was held
/// against this need.
/// </summary>
public sealed record ContactNeedParameters
{
    [Param("h/month", "S002 (Ale's case weighting: enkel 'besöker byrån högst en gång per månad', at most an hour a month)", "Client contact a household of class enkel needs in a month, in hours of visits.", Min = 0, Max = 40)]
    public double NeedHoursEnkel { get; init; } = 1.0;

    [Param("h/month", "S002 (medel: 'oftast två besök per månad', about two hours a month)", "Client contact a household of class medel needs in a month, in hours of visits.", Min = 0, Max = 40)]
    public double NeedHoursMedel { get; init; } = 2.0;

    [Param("h/month", "S002 (tung: 'minst tre-fyra kontakter (besök) per månad'; the lower end, hours ASSUMED at one per visit)", "Client contact a household of class tung needs in a month, in hours of visits.", Min = 0, Max = 40)]
    public double NeedHoursTung { get; init; } = 3.0;

    [Param("months", "ASSUMED (S000, S002: a new plan (förändringsplan) is made in the first months; Härryda puts much time into the first contacts)", "Months at the start of a spell in which the need is raised (a new plan is being made).", Min = 0, Max = 24)]
    public int NewPlanMonths { get; init; } = 2;

    [Param("multiplier", "ASSUMED (as newPlanMonths)", "Multiplier of the need in the first newPlanMonths months of a spell.", Min = 1, Max = 5)]
    public double NewPlanFactor { get; init; } = 1.5;

    [Param("months", "ASSUMED (S000: after a change of caseworker clients retell their story; S002: 'hur viktig kontinuiteten och relationen är')", "Months after a handover in which the need is raised (the new caseworker gets to know the household).", Min = 0, Max = 24)]
    public double HandoverMonths { get; init; } = 2;

    [Param("multiplier", "ASSUMED (as handoverMonths)", "Multiplier of the need in the months after a handover (not on top of the new-plan multiplier: the larger applies).", Min = 1, Max = 5)]
    public double HandoverFactor { get; init; } = 1.5;

    [Param("share", "ASSUMED (S004: Malmö counts 'antal uteblivna besök' among its measures; no share given)", "Share of booked meetings (routine or beyond it) the household does not come to: the time is spent, the household is not met.", Min = 0, Max = 0.9)]
    public double NoShowShare { get; init; } = 0.1;
}
