using NUnit.Framework;
using Planner.Simulation.Model;

namespace Planner.Simulation.Tests.Model;

/// <summary>The calendar's arithmetic against a plain walk over the dates, for starts on the 1st and in mid-month.</summary>
[TestFixture]
public class CalendarTests
{
    [TestCase(2027, 1, 1, 30)]
    [TestCase(1999, 9, 1, 18)]
    [TestCase(2028, 2, 29, 14)]
    [TestCase(2030, 6, 16, 7)]
    [TestCase(2027, 1, 1, 1200)]
    public void Every_day_agrees_with_walking_the_dates(int year, int month, int dayOfMonth, int months)
    {
        var start = new DateOnly(year, month, dayOfMonth);
        var cal = new Calendar(start, months);

        var end = new DateOnly(year, month, 1).AddMonths(months);
        Assert.That(cal.Days, Is.EqualTo(end.DayNumber - start.DayNumber));

        int m = 0, workingBefore = 0;
        var monthWorking = new List<int>();
        var before = new List<(int Day, int Month, int WorkingBefore)>();
        for (int d = 0; d < cal.Days; d++)
        {
            var date = start.AddDays(d);
            bool working = date.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday;
            if (d > 0 && date.Day == 1)
            {
                monthWorking.Add(workingBefore);
                m++;
                workingBefore = 0;
            }
            Assert.That(cal.WeekdayOf(d), Is.EqualTo(date.DayOfWeek), $"day {d}");
            Assert.That(cal.IsWorkingDay(d), Is.EqualTo(working), $"day {d}");
            Assert.That(cal.MonthOf(d), Is.EqualTo(m), $"day {d}");
            Assert.That(cal.WorkingDayOfMonth(d), Is.EqualTo(workingBefore + (working ? 1 : 0)), $"day {d}");
            Assert.That(cal.IsLastDayOfMonth(d), Is.EqualTo(date.AddDays(1).Day == 1), $"day {d}");
            before.Add((d, m, workingBefore));
            if (working) workingBefore++;
        }
        monthWorking.Add(workingBefore);

        Assert.That(m + 1, Is.EqualTo(months));
        for (int k = 0; k < months; k++)
            Assert.That(cal.WorkingDaysInMonth(k), Is.EqualTo(monthWorking[k]), $"month {k}");
        // Working days left in the month, today included: the month's working days less those before today.
        foreach (var (d, monthOfDay, workingBeforeDay) in before)
            Assert.That(cal.RemainingWorkingDays(d), Is.EqualTo(monthWorking[monthOfDay] - workingBeforeDay), $"day {d}");
        Assert.That(() => cal.MonthOf(cal.Days), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Adding_working_days_skips_weekends()
    {
        var cal = new Calendar(new DateOnly(2027, 1, 1), 2);   // a Friday
        Assert.That(cal.AddWorkingDays(0, 1), Is.EqualTo(3));   // Monday
        Assert.That(cal.AddWorkingDays(0, 5), Is.EqualTo(7));   // next Friday
        Assert.That(cal.WorkingDaysBetween(0, 14), Is.EqualTo(10));
        Assert.That(cal.WorkingDaysBetween(1, 3), Is.Zero);     // a weekend
    }
}
