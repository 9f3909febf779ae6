namespace Planner.Simulation.Model.Parameters;

public sealed record TurnoverParameters
{
    [Param("%/year", "S000, PUB (SSR/SCB: 27–34 % left within a year; 15–20 % at low strain, early-career moves included)", "Strain-driven resignation rate at zero strain (the strain-independent part, region and early career, comes on top).", Min = 0, Max = 100)]
    public double BaseResignationPercentPerYear { get; init; } = 15;

    [Param("%/year", "S000 (Stockholm units replace 30–50 % of staff a year)", "Resignation rate at strain 1; log-linear in between.", Min = 0, Max = 200)]
    public double HighStrainResignationPercentPerYear { get; init; } = 50;

    [AllowedValues("national", "metropolitan")]
    [Param("word", "user (default national: the national turnover figures, PUB, that the base rates were set to; metropolitan: a labour market like Stockholm's, Göteborg's or Malmö's where neighbouring employers compete for socionomer, S003)", "The unit's regional labour market; sets the strain-independent pull on its staff unless labourMarketPullPercentPerYear is given: national 0, metropolitan 18 %/year (ASSUMED, so that a Stockholm-like unit at 40–45 cases per worker replaces 30–50 % of its staff a year, S000).")]
    public string Region { get; init; } = "national";

    [Param("%/year", "user (the region's pull on socionomer: other employers, pay, S003); omitted (null): the region's default", "Strain-independent resignation rate from the regional labour market's pull, added to the strain-driven rate.", Min = 0, Max = 100)]
    public double? LabourMarketPullPercentPerYear { get; init; }

    [Param("%/year", "ASSUMED (S003: most socionomer start in the social services and many leave during their career, especially myndighetsutövning; there is rarely a career path); default 0 because the national rates the base rate was set to already hold these moves (5–8 %/year raises a unit's turnover by 2–3 points and skews its losses to the newly qualified)", "Strain-independent resignation rate added for holders in their first earlyCareerMonths of experience (career moves).", Min = 0, Max = 100)]
    public double EarlyCareerPercentPerYear { get; init; }

    [Param("months", "ASSUMED (S003: the first years)", "Months of experience during which the early-career rate applies.", Min = 0, Max = 240)]
    public double EarlyCareerMonths { get; init; } = 24;

    [Param("multiplier", "ASSUMED (S000: mental exit precedes physical exit)", "Resignation rate multiplier for a disengaged caseworker (on the strain-driven part).", Min = 1, Max = 10)]
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
