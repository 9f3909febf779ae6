namespace Planner.Simulation.Model;

/// <summary>
/// Maps simulation days (integer day index from the start date) to dates, weekdays, months and
/// working days. Five-day weeks, no public holidays (MODEL.md: holidays optional). The tables cover
/// whole calendar months from the start, so month-end processing always sees a complete month.
/// Only per-month tables are kept, and day lookups are arithmetic on them: the model's memory must
/// not grow with the horizon except for its monthly series.
/// </summary>
public sealed class Calendar
{
    private readonly int[] monthStart;          // first day of month m; monthStart[Months] = Days
    private readonly int[] workingDaysInMonth;
    private readonly int startWeekday;          // DayOfWeek of day 0

    public Calendar(DateOnly start, int months)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(months);
        Start = start;
        Months = months;
        startWeekday = (int)start.DayOfWeek;
        monthStart = new int[months + 1];
        workingDaysInMonth = new int[months];
        // A start in mid-month makes month 0 the rest of that calendar month.
        var first = new DateOnly(start.Year, start.Month, 1);
        for (int m = 0; m <= months; m++)
        {
            int d = first.AddMonths(m).DayNumber - start.DayNumber;
            monthStart[m] = Math.Max(0, d);
        }
        Days = monthStart[months];
        for (int m = 0; m < months; m++)
            workingDaysInMonth[m] = WorkingDaysBetween(monthStart[m], monthStart[m + 1]);
    }

    public DateOnly Start { get; }
    public int Months { get; }
    public int Days { get; }

    /// <summary>Average month length, for converting parameters given in months to days.</summary>
    public const double DaysPerMonth = DaysPerYear / 12;
    private const double MonthsPerDay = 12 / DaysPerYear;

    /// <summary>Average calendar-year length in days (the model's "within a year", e.g. returns and handovers).</summary>
    public const double DaysPerYear = 365.25;

    /// <summary>Working days in an average year of five-day weeks.</summary>
    public const double WorkingDaysPerYear = 365.25 * 5 / 7;

    public DateOnly DateOf(int day) => Start.AddDays(day);
    public DayOfWeek WeekdayOf(int day) => (DayOfWeek)(((startWeekday + day) % 7 + 7) % 7);

    public bool IsWorkingDay(int day)
    {
        var w = WeekdayOf(day);
        return w != DayOfWeek.Saturday && w != DayOfWeek.Sunday;
    }

    /// <summary>Working days in the days <paramref name="from"/> (included) to <paramref name="to"/> (excluded).</summary>
    public int WorkingDaysBetween(int from, int to)
    {
        if (to <= from) return 0;
        int weeks = (to - from) / 7;
        int count = 5 * weeks;
        for (int d = from + 7 * weeks; d < to; d++)
            if (IsWorkingDay(d)) count++;
        return count;
    }

    /// <summary>The day on which <paramref name="workingDays"/> working days after <paramref name="day"/> have passed (the day itself not counted).</summary>
    public int AddWorkingDays(int day, int workingDays)
    {
        int d = day;
        while (workingDays > 0)
        {
            d++;
            if (IsWorkingDay(d)) workingDays--;
        }
        return d;
    }

    public int MonthOf(int day)
    {
        // The message is built in its own method, so this one stays small enough to be inlined where it is asked
        // (every arrival, application and decision).
        if ((uint)day >= (uint)Days) ThrowOutsideRun(day);
        // Months are 28–31 days, so the average month length lands within one of the answer: step to it (a
        // multiplication rather than a division: asked several times a day, and the steps correct any rounding).
        int m = Math.Min(Months - 1, (int)(day * MonthsPerDay));
        while (monthStart[m] > day) m--;
        while (monthStart[m + 1] <= day) m++;
        return m;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void ThrowOutsideRun(int day) =>
        throw new ArgumentOutOfRangeException(nameof(day), day, $"Day outside the run (0–{Days - 1}).");

    public int MonthStart(int month) => monthStart[month];
    /// <summary>Last day of the month (inclusive).</summary>
    public int MonthEnd(int month) => monthStart[month + 1] - 1;
    public bool IsLastDayOfMonth(int day) => day == monthStart[MonthOf(day) + 1] - 1;
    public int WorkingDaysInMonth(int month) => workingDaysInMonth[month];

    /// <summary>1-based number of this working day within its month (0 if the day is a weekend day before the first working day).</summary>
    public int WorkingDayOfMonth(int day) => WorkingDaysBeforeInMonth(day) + (IsWorkingDay(day) ? 1 : 0);

    /// <summary>Working days left in the month, today included.</summary>
    public int RemainingWorkingDays(int day) => workingDaysInMonth[MonthOf(day)] - WorkingDaysBeforeInMonth(day);

    private int WorkingDaysBeforeInMonth(int day) => WorkingDaysBetween(monthStart[MonthOf(day)], day);

    public int CalendarYearOf(int day) => Start.AddDays(day).Year;

    /// <summary>Months since the start as a continuous number, for interpolating the external path.</summary>
    public double FractionalMonth(double time)
    {
        if (time <= 0) return 0;
        int day = (int)time;
        if (day >= Days) return Months;
        int m = MonthOf(day);
        double len = monthStart[m + 1] - monthStart[m];
        return m + (time - monthStart[m]) / len;
    }
}
