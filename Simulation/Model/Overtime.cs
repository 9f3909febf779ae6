using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Model;

/// <summary>
/// Overtime limits (MODEL.md §3.6). A caseworker works overtime only on deadline work (waiting applications,
/// re-applications past their due day) and only within three limits: a daily one (ASSUMED: the law sets no
/// daily cap beyond the 11 hours' daily rest), and the general overtime of arbetstidslagen 8 §, which AB
/// builds on — at most 50 hours in a calendar month and 200 in a calendar year. What does not fit waits:
/// under lasting overload the month's and the year's allowance run out and decisions are late (S002: Ale 1999).
/// Owns the hours each post has used this month and this year.
/// </summary>
internal sealed class Overtime
{
    private readonly StaffParameters s;
    private readonly Calendar calendar;
    private readonly double[] monthUsed, yearUsed;
    // The days of the month the post's figures are for, [monthFrom, monthUntil): a day inside needs no month lookup.
    private readonly int[] monthFrom, monthUntil, yearOf;

    public Overtime(StaffParameters parameters, Calendar calendar, int posts)
    {
        s = parameters;
        this.calendar = calendar;
        monthUsed = new double[posts];
        yearUsed = new double[posts];
        monthFrom = new int[posts];
        monthUntil = new int[posts];
        yearOf = new int[posts];
        Array.Fill(yearOf, int.MinValue);
    }

    /// <summary>Overtime hours the post may still work today: the least of the day's, the month's and the year's allowance.</summary>
    public double Allowance(Caseworker c, int day)
    {
        Roll(c.Slot, day);
        int i = c.Slot;
        return Math.Max(0, Math.Min(s.MaxOvertimeHoursPerDay,
            Math.Min(s.MaxOvertimeHoursPerMonth - monthUsed[i], s.MaxOvertimeHoursPerYear - yearUsed[i])));
    }

    /// <summary>Counts overtime worked today (after <see cref="Allowance"/> on the same day).</summary>
    public void Use(Caseworker c, double hours)
    {
        if (hours <= 0) return;
        monthUsed[c.Slot] += hours;
        yearUsed[c.Slot] += hours;
    }

    /// <summary>A new holder starts with the post's month and year used up as they are (the limits are the post's, as the law's are the employee's: a simplification that only matters in the month of a change).</summary>
    private void Roll(int i, int day)
    {
        if (day >= monthFrom[i] && day < monthUntil[i]) return;
        int month = calendar.MonthOf(day);
        monthFrom[i] = calendar.MonthStart(month);
        monthUntil[i] = calendar.MonthEnd(month) + 1;
        monthUsed[i] = 0;
        int year = calendar.CalendarYearOf(day);
        if (year == yearOf[i]) return;
        yearOf[i] = year;
        yearUsed[i] = 0;
    }
}
