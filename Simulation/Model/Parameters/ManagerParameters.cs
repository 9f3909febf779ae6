namespace Planner.Simulation.Model.Parameters;

/// <summary>
/// The unit's chief (enhetschef) as the model needs them (MODEL.md §2, S001): away now and then, and sometimes
/// gone, while decisions beyond the caseworkers' delegation need their signature and their support eases strain.
/// </summary>
public sealed record ManagerParameters
{
    [Param("spells/year", "ASSUMED (S001: the chief is often in meetings with other chiefs, away from the unit)", "Spells a year in which the unit's chief is away (sick, courses, other duties), for decisions and support.", Min = 0, Max = 50)]
    public double AbsenceSpellsPerYear { get; init; } = 6;

    [Param("working days", "ASSUMED", "Mean length of a spell away (exponential, at least one working day).", Min = 1, Max = 120)]
    public double AbsenceSpellWorkingDays { get; init; } = 4;

    [Param("%/year", "ASSUMED (S001: changes of chief; turnover among first-line managers is of the order of caseworkers')", "Rate at which the chief leaves; the post then stands empty for vacancyMonths.", Min = 0, Max = 100)]
    public double ResignationPercentPerYear { get; init; } = 15;

    [Param("months", "ASSUMED (as the caseworkers' recruitment lead time)", "Months the chief's post stands empty after the chief leaves.", Min = 0, Max = 24)]
    public double VacancyMonths { get; init; } = 3;

    [Param("share", "ASSUMED (S001: 'det är mycket beslut som man inte får fatta' — decisions beyond a caseworker's delegation go to the chief; S002: in Partille beyond the current month the chief decides)", "Share of new applications whose decision needs the chief's signature (beyond the caseworker's delegation).", Min = 0, Max = 1)]
    public double SignatureShare { get; init; } = 0.2;

    [Param("working days", "ASSUMED (S001: without the chief one asks by e-mail or waits a few days for the group meeting)", "Most working days a decision waits for an absent chief before a deputy signs it.", Min = 0, Max = 60)]
    public int MaxSignatureWaitWorkingDays { get; init; } = 5;
}
