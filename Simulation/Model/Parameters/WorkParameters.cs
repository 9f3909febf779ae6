namespace Planner.Simulation.Model.Parameters;

/// <summary>Hours of work per task and per household-month, by weight class enkel / medel / tung.</summary>
public sealed record WorkParameters
{
    [Param("h", "ASSUMED (nybesök about 1 h, S002; utredning and beslut about 2 h); calibrated with the other hours so the baseline's utilisation is ≈ 1.15 (units are stretched, S000)", "Hours for a new application: first visit, investigation and decision.", Min = 0, Max = 40)]
    public double NewApplicationHours { get; init; } = 3.0;

    [Param("working days", "user (the unit's routine; baseline 3: S002, first appointment within one week in Härryda)", "Working days from an application to its first visit (nybesök); the investigation cannot start before.", Min = 0, Max = 20)]
    public int FirstVisitWorkingDays { get; init; } = 3;

    [Param("h", "S004 (5–15 min calculation) plus decision and payment: ASSUMED 20 min; calibrated as NewApplicationHours", "Hours to calculate and decide one monthly re-application (återansökan).", Min = 0, Max = 8)]
    public double ReapplicationHours { get; init; } = 0.33;

    [Param("working days", "user (the unit's routine; baseline 6: decision and payment within 8 days, S000)", "Working days after the month starts by which re-applications should be decided.", Min = 1, Max = 20)]
    public int ReapplicationDueWorkingDays { get; init; } = 6;

    [Param("h", "S002 (a visit is about an hour)", "Length of one client visit; turns meeting hours into meetings held (at least one per household met).", Min = 0.1, Max = 8)]
    public double VisitHours { get; init; } = 1.0;

    [Param("h/month", "ASSUMED (S002: enkel at most one visit, about an hour, a month — Ale's need at about 40 cases per worker; S000: without a quota meetings are held 'i mån av tid'; S004: before FAS clients were 'rarely met'); calibrated: one visit every fourth month, so the generalist baseline meets about a third of its households in a month", "Client meeting hours per month planned for an enkel household, on average: below one visit (visitHours) a month, one visit every visitHours ÷ this months, counted from the decision; a planned meeting that does not fit lapses.", Min = 0, Max = 40)]
    public double MeetingHoursEnkel { get; init; } = 0.25;

    [Param("h/month", "ASSUMED (S002: medel about 2 visits and 2 h of work a month in Ale at about 40 cases per worker; S000, S004 as for enkel); calibrated: one visit every third month", "Client meeting hours per month planned for a medel household, on average (as for enkel).", Min = 0, Max = 40)]
    public double MeetingHoursMedel { get; init; } = 0.33;

    [Param("h/month", "ASSUMED (S002: tung ≥3–4 contacts a month, hours not given: one of them a visit, the others in partner hours); calibrated: one visit a month", "Client meeting hours per month planned for a tung household (at or above visitHours: every month, this many hours of visits).", Min = 0, Max = 40)]
    public double MeetingHoursTung { get; init; } = 1.0;

    [Param("h/month", "ASSUMED; calibrated as NewApplicationHours", "Partner contacts, SIP and change work per month for an enkel household.", Min = 0, Max = 40)]
    public double PartnerHoursEnkel { get; init; } = 0.1;

    [Param("h/month", "S002 (medel: about 4 partner contacts a month, mostly short calls); hours ASSUMED, calibrated as NewApplicationHours", "Partner contacts, SIP and change work per month for a medel household.", Min = 0, Max = 40)]
    public double PartnerHoursMedel { get; init; } = 0.4;

    [Param("h/month", "ASSUMED; calibrated as NewApplicationHours", "Partner contacts, SIP and change work per month for a tung household.", Min = 0, Max = 40)]
    public double PartnerHoursTung { get; init; } = 1.2;

    [Param("weight", "S002 (case weighting, Ale); values ASSUMED", "Case weight of a medel household relative to enkel = 1.", Min = 1, Max = 10)]
    public double WeightMedel { get; init; } = 2.0;

    [Param("weight", "S002 (case weighting, Ale); values ASSUMED", "Case weight of a tung household relative to enkel = 1.", Min = 1, Max = 20)]
    public double WeightTung { get; init; } = 3.0;
}
