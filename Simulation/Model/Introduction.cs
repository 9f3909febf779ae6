namespace Planner.Simulation.Model;

/// <summary>
/// Colleagues introduce newcomers (MODEL.md §3.10; S000: "en enorm belastning"): each working day the newcomers at
/// work in the first half of their introduction ask ColleagueHoursPerWeek ÷ 5 hours each, shared evenly by the
/// colleagues at work past that half. The hours come out of the helpers' casework (<see cref="WorkDay"/>) and are
/// counted as introduction cost (<see cref="Costs"/>). The newcomer's own reduced capacity is the ramp
/// (<see cref="Recruitment"/>).
/// </summary>
internal sealed class Introduction
{
    private readonly double halfDays, colleagueHoursPerWeek;
    private double perHelper;

    public Introduction(Parameters.IntroductionParameters parameters)
    {
        halfDays = parameters.Months / 2 * Calendar.DaysPerMonth;
        colleagueHoursPerWeek = parameters.ColleagueHoursPerWeek;
    }

    /// <summary>Counts today's newcomers and helpers among those at work (after the roll call).</summary>
    public void PlanDay(Caseworker[] posts, int day)
    {
        int newcomers = 0, helpers = 0;
        foreach (var c in posts)
        {
            if (!c.Filled || !c.IsPresent) continue;
            if (IsNewcomer(c, day)) newcomers++;
            else helpers++;
        }
        perHelper = helpers > 0 ? newcomers * colleagueHoursPerWeek / 5 / helpers : 0;
    }

    private bool IsNewcomer(Caseworker c, int day) => day - c.StartDay < halfDays;

    /// <summary>Hours a caseworker at work gives newcomers today (none from a newcomer).</summary>
    public double HoursGiven(Caseworker c, int day) => IsNewcomer(c, day) ? 0 : perHelper;
}
