namespace Planner.Simulation.Model;

/// <summary>
/// Maps simulation days (integer day index from the start date) to dates, weekdays, months and
/// working days. Five-day weeks, no public holidays (MODEL.md: holidays optional). The tables cover
/// whole calendar months from the start, so month-end processing always sees a complete month.
/// Tables are a few ints per day: small next to the unit's own state, and they make the daily hot
/// path free of date arithmetic.
/// </summary>
public sealed class Calendar
{
    private readonly int[] monthOfDay;
    private readonly int[] workingDaysBefore;  // working days in the month before this day
    private readonly int[] monthStart;          // first day of month m; monthStart[Months] = Days
    private readonly int[] workingDaysInMonth;

    public Calendar(DateOnly start, int months)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(months);
        Start = start;
        Months = months;
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
        monthOfDay = new int[Days];
        workingDaysBefore = new int[Days];
        for (int m = 0; m < months; m++)
        {
            int w = 0;
            for (int d = monthStart[m]; d < monthStart[m + 1]; d++)
            {
                monthOfDay[d] = m;
                workingDaysBefore[d] = w;
                if (IsWorkingDay(d)) w++;
            }
            workingDaysInMonth[m] = w;
        }
    }

    public DateOnly Start { get; }
    public int Months { get; }
    public int Days { get; }

    /// <summary>Average month length, for converting parameters given in months to days.</summary>
    public const double DaysPerMonth = 365.25 / 12;

    /// <summary>Working days in an average year of five-day weeks.</summary>
    public const double WorkingDaysPerYear = 365.25 * 5 / 7;

    public DateOnly DateOf(int day) => Start.AddDays(day);
    public int DayOf(DateOnly date) => date.DayNumber - Start.DayNumber;
    public DayOfWeek WeekdayOf(int day) => Start.AddDays(day).DayOfWeek;

    public bool IsWorkingDay(int day)
    {
        var w = WeekdayOf(day);
        return w != DayOfWeek.Saturday && w != DayOfWeek.Sunday;
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

    public int MonthOf(int day) => monthOfDay[day];
    public int MonthStart(int month) => monthStart[month];
    /// <summary>Last day of the month (inclusive).</summary>
    public int MonthEnd(int month) => monthStart[month + 1] - 1;
    public bool IsLastDayOfMonth(int day) => day == monthStart[monthOfDay[day] + 1] - 1;
    public int WorkingDaysInMonth(int month) => workingDaysInMonth[month];

    /// <summary>1-based number of this working day within its month (0 if the day is a weekend day before the first working day).</summary>
    public int WorkingDayOfMonth(int day) => workingDaysBefore[day] + (IsWorkingDay(day) ? 1 : 0);

    /// <summary>Working days left in the month, today included.</summary>
    public int RemainingWorkingDays(int day) => workingDaysInMonth[monthOfDay[day]] - workingDaysBefore[day];

    /// <summary>June–August: the summer in which the four-week vacation block is taken (semesterlagen).</summary>
    public bool IsSummer(int day)
    {
        int month = Start.AddDays(day).Month;
        return month is >= 6 and <= 8;
    }

    public int CalendarYearOf(int day) => Start.AddDays(day).Year;
    public bool IsLastDayOfYear(int day)
    {
        var d = Start.AddDays(day);
        return d.Month == 12 && d.Day == 31;
    }

    /// <summary>Months since the start as a continuous number, for interpolating the external path.</summary>
    public double FractionalMonth(double time)
    {
        if (time <= 0) return 0;
        int day = (int)time;
        if (day >= Days) return Months;
        int m = monthOfDay[day];
        double len = monthStart[m + 1] - monthStart[m];
        return m + (time - monthStart[m]) / len;
    }
}
