namespace Planner.Simulation.Model.Parameters;

public sealed record AbsenceParameters
{
    [Param("days/year", "AB (25 days; 31 from age 40, 32 from 50)", "Vacation days per FTE and year.", Min = 0, Max = 40)]
    public int VacationDaysPerYear { get; init; } = 25;

    [Param("weeks", "LAW (semesterlagen: right to four consecutive weeks in June–August)", "Consecutive vacation weeks taken in June–August; the remaining days spread over the year.", Min = 0, Max = 6)]
    public int SummerBlockWeeks { get; init; } = 4;

    [Param("spells/year", "ASSUMED; calibrated so baseline sick leave is ≈ 6 % of contracted time", "Short sick spells per FTE and year at zero strain.", Min = 0, Max = 20)]
    public double ShortSpellsPerYear { get; init; } = 2.0;

    [Param("days", "ASSUMED (1–7 days)", "Longest short sick spell in working days (uniform 1..this).", Min = 1, Max = 14)]
    public int ShortSpellMaxDays { get; init; } = 7;

    [Param("relative per unit strain", "ASSUMED", "Rise of the short-spell rate per unit of strain: rate × (1 + k × strain).", Min = 0, Max = 10)]
    public double ShortSpellStrainEffect { get; init; } = 1.0;

    [Param("spells/year", "S000 (mental ill-health 57.7 sick cases per 1,000 employees a year, SSYK 249) reached at typical strain", "Long (exhaustion) sick spells per FTE and year at zero strain.", Min = 0, Max = 1)]
    public double LongSpellsPerYear { get; init; } = 0.025;

    [Param("per unit strain", "ASSUMED (hazard rising with strain); calibrated as ShortSpellsPerYear", "Long-spell rate × exp(k × strain).", Min = 0, Max = 10)]
    public double LongSpellStrainEffect { get; init; } = 2.5;

    [Param("months", "S000 (exhaustion spells last months); range 2–6 ASSUMED", "Shortest long sick spell.", Min = 0.5, Max = 24)]
    public double LongSpellMinMonths { get; init; } = 2;

    [Param("months", "S000; ASSUMED", "Longest long sick spell.", Min = 0.5, Max = 24)]
    public double LongSpellMaxMonths { get; init; } = 6;

    [Param("share of strain", "ASSUMED", "Share of strain that remains after a long sick spell (recovery).", Min = 0, Max = 1)]
    public double StrainAfterLongSpell { get; init; } = 0.5;
}
