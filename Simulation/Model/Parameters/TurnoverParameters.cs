namespace Planner.Simulation.Model.Parameters;

public sealed record TurnoverParameters
{
    [Param("%/year", "S000, PUB (SSR/SCB: 27–34 % left within a year; 15–20 % at low strain)", "Resignation rate at zero strain.", Min = 0, Max = 100)]
    public double BaseResignationPercentPerYear { get; init; } = 15;

    [Param("%/year", "S000 (Stockholm units replace 30–50 % of staff a year)", "Resignation rate at strain 1; log-linear in between.", Min = 0, Max = 200)]
    public double HighStrainResignationPercentPerYear { get; init; } = 50;

    [Param("multiplier", "ASSUMED (S000: mental exit precedes physical exit)", "Resignation rate multiplier for a disengaged caseworker.", Min = 1, Max = 10)]
    public double DisengagedMultiplier { get; init; } = 2.0;

    [Param("months", "ASSUMED (1–3 months, longer with tenure)", "Notice period from resignation to leaving.", Min = 0, Max = 6)]
    public double NoticeMonths { get; init; } = 1.5;

    [Param("months", "ASSUMED (2–4 months from resignation to a new start)", "Recruitment lead time from resignation to the new hire's first day.", Min = 0, Max = 24)]
    public double RecruitmentLeadMonths { get; init; } = 3.0;

    [Param("share", "ASSUMED (S000, S003: new hires are often new graduates)", "Share of new hires who are new graduates (0 months' experience); others arrive with 24 months.", Min = 0, Max = 1)]
    public double NewGraduateShare { get; init; } = 0.6;

    [Param("yes/no", "S001, PUB (vacancies filled by consultants at about twice the cost)", "Whether a vacant post is covered by a consultant until the new hire starts.")]
    public bool ConsultantCoverForVacancies { get; init; } = false;

    [Param("days", "ASSUMED", "Days from a post falling vacant until a consultant starts, if consultant cover is on.", Min = 0, Max = 180)]
    public double ConsultantStartDays { get; init; } = 14;
}
