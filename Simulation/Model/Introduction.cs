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
    private int newcomers, helpers;

    public Introduction(Parameters.IntroductionParameters parameters)
    {
        halfDays = parameters.Months / 2 * Calendar.DaysPerMonth;
        colleagueHoursPerWeek = parameters.ColleagueHoursPerWeek;
    }

    public void StartDay() => newcomers = helpers = 0;

    /// <summary>A filled post after its roll call: a newcomer or a helper if at work.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Count(Caseworker c, int day)
    {
        if (!c.IsPresent) return;
        if (IsNewcomer(c, day)) newcomers++;
        else helpers++;
    }

    /// <summary>The hours each helper gives today, once every post is counted.</summary>
    public void PlanDay() => perHelper = helpers > 0 ? newcomers * colleagueHoursPerWeek / 5 / helpers : 0;

    private bool IsNewcomer(Caseworker c, int day) => day - c.StartDay < halfDays;

    /// <summary>Hours a caseworker at work gives newcomers today (none from a newcomer).</summary>
    public double HoursGiven(Caseworker c, int day) => IsNewcomer(c, day) ? 0 : perHelper;
}
