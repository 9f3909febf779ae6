using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Model;

/// <summary>
/// Plans a caseworker's vacation for one calendar year: a block of SummerBlockWeeks consecutive
/// weeks in June–August (semesterlagen's right to four weeks), staggered across posts so the unit is
/// never empty, and the remaining days spread over the rest of the year.
/// </summary>
internal sealed class Vacation
{
    /// <summary>Working days from <paramref name="first"/> to <paramref name="last"/> (inclusive) not on the holder's planned vacation.</summary>
    public static int WorkingDaysNotOnVacation(Caseworker c, Calendar calendar, int first, int last)
    {
        int count = 0;
        for (int d = first; d <= last; d++)
        {
            if (!calendar.IsWorkingDay(d)) continue;
            var date = calendar.DateOf(d);
            if (!c.OnVacation(date.Year, date.DayOfYear - 1)) count++;
        }
        return count;
    }

    private readonly AbsenceParameters p;

    public Vacation(AbsenceParameters parameters) => p = parameters;

    public void Plan(Caseworker c, int year)
    {
        var days = c.VacationDays;
        Array.Clear(days);
        c.VacationYear = year;
        int total = p.VacationDaysPerYear;
        int blockWeeks = Math.Min(p.SummerBlockWeeks, total / 5);
        var jan1 = new DateOnly(year, 1, 1);
        int yearLength = DateTime.IsLeapYear(year) ? 366 : 365;

        if (blockWeeks > 0)
        {
            // Mondays from the first one in June such that the block's last Friday is by 31 August.
            var june1 = new DateOnly(year, 6, 1);
            int toMonday = ((int)DayOfWeek.Monday - (int)june1.DayOfWeek + 7) % 7;
            var firstMonday = june1.AddDays(toMonday);
            var aug31 = new DateOnly(year, 8, 31);
            int starts = 1 + Math.Max(0, (aug31.DayNumber - (firstMonday.DayNumber + 7 * blockWeeks - 3)) / 7);
            // Deterministic staggering by post and year: colleagues' blocks are spread over the summer
            // (as a unit chief's vacation list would) and rotate from year to year.
            int start = (c.Slot + year) % starts;
            var monday = firstMonday.AddDays(7 * start);
            for (int w = 0; w < blockWeeks; w++)
                for (int d = 0; d < 5; d++)
                    days[monday.AddDays(7 * w + d).DayNumber - jan1.DayNumber] = true;
        }

        int rest = total - 5 * blockWeeks;
        for (int attempts = 0; rest > 0 && attempts < 10_000; attempts++)
        {
            int doy = c.Random.Next(yearLength);
            var date = jan1.AddDays(doy);
            if (days[doy] || date.Month is >= 6 and <= 8 || date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
            days[doy] = true;
            rest--;
        }
    }
}
