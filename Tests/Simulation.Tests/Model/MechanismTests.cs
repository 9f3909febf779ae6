using NUnit.Framework;
using Planner.Simulation.Model;
using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Tests.Model;

[TestFixture]
public class MechanismTests
{
    [Test]
    public void Calendar_has_five_day_weeks_and_whole_months()
    {
        var cal = new Calendar(new DateOnly(2027, 1, 1), 24);
        Assert.That(cal.Days, Is.EqualTo(365 + 366));
        int working = 0;
        for (int d = 0; d < 7; d++) if (cal.IsWorkingDay(d)) working++;
        Assert.That(working, Is.EqualTo(5));
        Assert.That(cal.MonthStart(1), Is.EqualTo(31));
        Assert.That(cal.IsLastDayOfMonth(30), Is.True);
        Assert.That(cal.DateOf(cal.MonthStart(5)), Is.EqualTo(new DateOnly(2027, 6, 1)));
        int m = 0, sum = 0;
        for (int d = cal.MonthStart(m); d <= cal.MonthEnd(m); d++) if (cal.IsWorkingDay(d)) sum++;
        Assert.That(cal.WorkingDaysInMonth(m), Is.EqualTo(sum));
    }

    [Test]
    public void Vacation_is_mostly_in_summer_as_one_block_and_staggered_across_posts()
    {
        var p = new UnitParameters();
        var sim = new UnitSimulation(p, new ModelRun(1, 1, 0));
        sim.Execute();
        var vacation = new Vacation(p.Absence);
        const int year = 2027;
        var jan1 = new DateOnly(year, 1, 1);
        var offByDay = new int[366];
        foreach (var c in sim.Posts)
        {
            vacation.Plan(c, year);
            int total = 0, summer = 0, longestRun = 0, run = 0;
            for (int doy = 0; doy < 365; doy++)
            {
                var date = jan1.AddDays(doy);
                bool weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
                if (c.VacationDays[doy])
                {
                    total++;
                    offByDay[doy]++;
                    if (date.Month is >= 6 and <= 8) summer++;
                    run++;
                }
                else if (!weekend) run = 0;
                longestRun = Math.Max(longestRun, run);
            }
            Assert.That(total, Is.EqualTo(p.Absence.VacationDaysPerYear));
            Assert.That(summer, Is.EqualTo(5 * p.Absence.SummerBlockWeeks));
            Assert.That(longestRun, Is.GreaterThanOrEqualTo(5 * p.Absence.SummerBlockWeeks), "four consecutive weeks");
        }
        // Staggered: on no summer day is more than half the unit on vacation.
        Assert.That(offByDay.Max(), Is.LessThanOrEqualTo(sim.Posts.Count / 2));
    }

    [Test]
    public void Exit_hazard_rises_with_meetings_and_falls_with_duration_handovers_overload_and_bad_times()
    {
        var e = new ExitParameters();
        var exits = new Exits(e);
        var h = new Household(1, new Planner.Simulation.Kernel.InlineStream(1)) { MonthsOnAssistance = 3 };
        double Hazard(double crowdedOut, int handovers, double labourMarket) =>
            exits.Hazard(h, handovers, exits.OverloadFactor(crowdedOut), labourMarket);
        double baseline = Hazard(0, 0, 1.0);
        Assert.That(baseline, Is.EqualTo(e.BaseHazardNear * Math.Exp(-e.DurationDecay * 3)).Within(1e-12));
        h.MetThisMonth = true;
        Assert.That(Hazard(0, 0, 1.0), Is.GreaterThan(baseline));
        h.MetThisMonth = false;
        Assert.That(Hazard(0, 2, 1.0), Is.LessThan(baseline));
        Assert.That(Hazard(0, 100, 1.0), Is.Zero, "the handover penalty floors at zero");
        Assert.That(Hazard(1.0, 0, 1.0), Is.EqualTo(baseline * (1 - e.OverloadPenalty)).Within(1e-12));
        Assert.That(Hazard(0, 0, exits.LabourMarketFactor(1.5)), Is.LessThan(baseline));
        h.MonthsOnAssistance = 30;
        Assert.That(Hazard(0, 0, 1.0), Is.LessThan(baseline));
    }

    [Test]
    public void Handovers_count_within_the_window_and_only_the_last_eight_are_remembered()
    {
        var h = new Household(1, new Planner.Simulation.Kernel.InlineStream(1));
        Assert.That(h.HandoversWithin(100, 365.25), Is.Zero, "none yet");
        h.RecordHandover(-50);   // before the run, as the day-0 stock draws it
        h.RecordHandover(50);
        h.RecordHandover(300);
        Assert.That(h.HandoversWithin(300, 365.25), Is.EqualTo(3));
        Assert.That(h.HandoversWithin(400, 365.25), Is.EqualTo(2), "the one before the run has left the window");
        Assert.That(h.HandoversWithin(665.25, 365.25), Is.EqualTo(1), "a time exactly a window ago still counts");
        Assert.That(h.HandoversWithin(700, 365.25), Is.Zero, "all out of the window");
        for (int i = 0; i < 10; i++) h.RecordHandover(1000 + i);
        Assert.That(h.Handovers, Is.EqualTo(13));
        Assert.That(h.HandoversWithin(1010, 365.25), Is.EqualTo(Household.HandoverMemory), "at most the remembered ones");
        // Across the ring's wrap: the remembered times are 1002…1009; those of 1005 and later are inside the window.
        Assert.That(h.HandoversWithin(1005 + 365.25, 365.25), Is.EqualTo(5), "the latest ones, counted across the wrap");
        Assert.That(h.HandoversWithin(1009 + 365.25, 365.25), Is.EqualTo(1));
    }
}
