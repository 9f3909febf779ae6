using NUnit.Framework;
using Planner.Simulation.Kernel;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model;
using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Tests.Model;

/// <summary>Meetings without a quota (MODEL.md §3.4): planned every few months by weight class, held "i mån av tid" (S000).</summary>
[TestFixture]
public class MeetingPlanTests
{
    private static Household Household(WeightClass weight) => new(1, new RandomStreams(1, 1).GetInline("household", 1)) { Weight = weight };

    /// <summary>The months in 0 … months − 1 with a meeting planned, for a household decided in <paramref name="decided"/>.</summary>
    private static int[] Planned(MeetingPlan plan, WeightClass weight, int decided, int months)
    {
        var h = Household(weight);
        plan.Decided(h, decided);
        return [.. Enumerable.Range(decided + 1, Math.Max(0, months - decided - 1)).Where(m => plan.PlanMonth(h, m))];
    }

    [Test]
    public void Below_one_visit_a_month_a_household_is_planned_every_few_months_from_its_decision()
    {
        var plan = new MeetingPlan(new WorkParameters { MeetingHoursEnkel = 0.25, MeetingHoursMedel = 0.33, MeetingHoursTung = 2.5, VisitHours = 1 });
        Assert.That((plan.Interval(WeightClass.Enkel), plan.Interval(WeightClass.Medel), plan.Interval(WeightClass.Tung)), Is.EqualTo((4, 3, 1)));
        Assert.That(plan.HoursWhenDue(WeightClass.Enkel), Is.EqualTo(1.0), "one visit of an hour");
        Assert.That(plan.VisitsWhenMet(WeightClass.Tung), Is.EqualTo(3), "2.5 h are three visits (halves round up)");
        // Decided in month 2: planned in 6, 10, 14 … whether or not it was met in between (a missed meeting lapses).
        Assert.That(Planned(plan, WeightClass.Enkel, 2, 16), Is.EqualTo(new[] { 6, 10, 14 }));
        Assert.That(Planned(plan, WeightClass.Tung, 2, 5), Is.EqualTo(new[] { 3, 4 }), "the decision month is the nybesök");
        var never = new MeetingPlan(new WorkParameters { MeetingHoursEnkel = 0 });
        Assert.That(Planned(never, WeightClass.Enkel, 0, 24), Is.Empty);
        // The day-0 stock keeps the same rhythm: decided 5 months before month 0, enkel next in month 3 (5 + 3 = 8).
        var carried = Household(WeightClass.Enkel);
        carried.MonthsOnAssistance = 5;
        plan.Carried(carried);
        Assert.That(Enumerable.Range(0, 12).Where(m => plan.PlanMonth(carried, m)), Is.EqualTo(new[] { 3, 7, 11 }));
    }

    [Test]
    public void The_share_met_follows_the_plan_when_there_is_time()
    {
        // A light unit (25 households a post, light documentation): the planned meetings are held on the days at
        // work (those of days away lapse), so the share met is about the decided share plus the planned share,
        // 1/4 · 0.4 + 1/3 · 0.4 + 0.2 of the carried households, less the days away — and a plan of every month
        // for everyone meets most of them. The routine alone: no contact need beyond it (ContactNeedTests has that).
        var p = ContactNeedTests.RoutineOnly(UnitModelTests.Small()) with { InitialHouseholds = 125 };
        p = p with { Inflow = p.Inflow with { ApplicationsPerMonth = p.Inflow.ApplicationsPerMonth / 2 }, Staff = p.Staff with { DocumentationPerClientHour = 0.3 } };
        double sparse = UnitModel.Run(p, new ModelRun(2, 4, 1)).Values[MetricCatalogue.ShareMetInMonth];
        Assert.That(sparse, Is.InRange(0.33, 0.5));
        var monthly = p with { Work = p.Work with { MeetingHoursEnkel = 1, MeetingHoursMedel = 1 } };
        double everyone = UnitModel.Run(monthly, new ModelRun(2, 4, 1)).Values[MetricCatalogue.ShareMetInMonth];
        Assert.That(everyone, Is.GreaterThan(0.75));
    }

    [Test]
    public void Documentation_comes_before_meetings_so_more_of_it_meets_fewer_households()
    {
        // S001: the documentation demands have cut the time for client meetings; S000: meetings and partner work
        // are what is dropped under load.
        var light = UnitModelTests.Small() with { Staff = UnitModelTests.Small().Staff with { DocumentationPerClientHour = 0.5 } };
        var heavy = light with { Staff = light.Staff with { DocumentationPerClientHour = 1.5 } };
        var a = Enumerable.Range(1, 4).Select(r => UnitModel.Run(light, new ModelRun(1, 8, r))).ToList();
        var b = Enumerable.Range(1, 4).Select(r => UnitModel.Run(heavy, new ModelRun(1, 8, r))).ToList();
        for (int i = 0; i < a.Count; i++)
        {
            Assert.That(b[i].Values[MetricCatalogue.ShareMetInMonth], Is.LessThan(a[i].Values[MetricCatalogue.ShareMetInMonth] - 0.05), "fewer met");
            Assert.That(b[i].Values[MetricCatalogue.PartnerHoursPerHouseholdMonth], Is.LessThan(a[i].Values[MetricCatalogue.PartnerHoursPerHouseholdMonth]), "less partner work");
        }
    }
}
