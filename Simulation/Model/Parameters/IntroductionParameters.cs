namespace Planner.Simulation.Model.Parameters;

public sealed record IntroductionParameters
{
    [Param("months", "PUB (Huddinge: a 6-month plan, first 3 intensive)", "Length of the introduction and productivity ramp for a new graduate.", Min = 0, Max = 24)]
    public double Months { get; init; } = 6;

    [Param("share of capacity", "ASSUMED (starting caseload about 50 %)", "Capacity of a new graduate on day one; rises linearly to 1 at the end of the introduction.", Min = 0, Max = 1)]
    public double StartingCapacity { get; init; } = 0.5;

    [Param("share of capacity", "ASSUMED", "Capacity on day one of an experienced hire (new to the unit), rising to 1 over half the introduction.", Min = 0, Max = 1)]
    public double ExperiencedStartingCapacity { get; init; } = 0.8;

    [Param("h/week", "ASSUMED (S000: veterans introducing newcomers, 'en enorm belastning')", "Hours per week colleagues spend introducing each newcomer during the first half of the introduction.", Min = 0, Max = 40)]
    public double ColleagueHoursPerWeek { get; init; } = 2;
}
