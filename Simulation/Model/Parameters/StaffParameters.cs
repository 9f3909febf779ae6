namespace Planner.Simulation.Model.Parameters;

public sealed record StaffParameters
{
    [Param("groups", "user", "The caseworker posts (socialsekreterare) at day 0, as groups of like posts.", Min = 1, Max = 100)]
    public IReadOnlyList<StaffGroup> Caseworkers { get; init; } = [new StaffGroup()];

    [Param("h/week", "AB (municipal collective agreement)", "Contracted working hours per week for 1.0 FTE.", Min = 1, Max = 60)]
    public double HoursPerWeek { get; init; } = 40;

    [Param("share of hours", "ASSUMED (weekly ärendedragning, supervision, APT: S000)", "Share of working hours taken by fixed meetings, supervision and unit matters.", Min = 0, Max = 0.8)]
    public double FixedMeetingShare { get; init; } = 0.12;

    [Param("h per h", "ASSUMED (S001: 'en stor del av socialsekreterarens tid går åt till dokumentation', one worker's estimate 85 % of the time, and the documentation demands have cut the time for client meetings); calibrated with the work hours to a baseline utilisation of about 1.12 (units are stretched, S000)", "Documentation hours per hour of client work (applications, meetings, partner work); documentation is done before planned meetings and partner work.", Min = 0, Max = 5)]
    public double DocumentationPerClientHour { get; init; } = 1.05;

    [Param("h/day", "ASSUMED (the law sets no daily cap on overtime beyond 11 hours' daily rest, arbetstidslagen 13 §)", "Most overtime a caseworker works in one day, used only for deadline work.", Min = 0, Max = 4)]
    public double MaxOvertimeHoursPerDay { get; init; } = 1.0;

    [Param("h/month", "ASSUMED at the law's most (arbetstidslagen 8 §, which AB builds on: general overtime at most 50 hours in a calendar month); how much of it a unit lets its staff work is not in the sources", "Most overtime a caseworker works in a calendar month; deadline work that does not fit waits.", Min = 0, Max = 100)]
    public double MaxOvertimeHoursPerMonth { get; init; } = 50;

    [Param("h/year", "ASSUMED at the law's most (arbetstidslagen 8 §: general overtime at most 200 hours in a calendar year)", "Most overtime a caseworker works in a calendar year.", Min = 0, Max = 400)]
    public double MaxOvertimeHoursPerYear { get; init; } = 200;

    [Param("h/week", "user (the unit's enhetschef and biträdande enhetschef, S000; baseline 10 h)", "Manager support hours per week available to the whole unit; eases strain.", Min = 0, Max = 200)]
    public double ManagerSupportHoursPerWeek { get; init; } = 10;
}

public sealed record StaffGroup
{
    [Param("posts", "user", "Number of posts in the group.", Min = 0, Max = 1000)]
    public int Count { get; init; } = 20;

    [Param("FTE", "user", "Full-time equivalent of each post (1.0 = full time).", Min = 0.1, Max = 1.0)]
    public double Fte { get; init; } = 1.0;

    [Param("months", "user (omit it for the unit's own steady state, ODD §5: the baseline's turnover leaves about 15 % novices; Stockholm units replace 30–50 % of staff a year, S000)", "Mean experience of the post holders at day 0, drawn exponentially per worker with tenure equal to it. Omitted (null): the mix the unit's own turnover leaves — tenure exponential with mean 12 ÷ the steady turnover per year, a new graduate with the new-graduate share, otherwise 24 months' experience at hire.", Min = 0, Max = 480)]
    public double? MeanExperienceMonths { get; init; }

    [AllowedValues("permanent", "consultant")]
    [Param("word", "user", "Contract: permanent employee or consultant (konsult, about twice the cost, PUB).")]
    public string Contract { get; init; } = "permanent";
}
