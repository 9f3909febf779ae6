using NUnit.Framework;
using Planner.Simulation.Kernel;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model;
using Planner.Simulation.Model.Parameters;
using static Planner.Simulation.Tests.Designs.DesignRuns;

namespace Planner.Simulation.Tests.Model;

/// <summary>
/// Meetings as time allows (ContactNeed; S000, S002): the households' contact need by class and phase, held from the
/// hours left after all other work, and the crowded-out share the exit hazard reads measured against that need.
/// </summary>
[TestFixture]
public class ContactNeedTests
{
    /// <summary>The unit with no contact need beyond its routine meetings: only the routine plan is held.</summary>
    internal static UnitParameters RoutineOnly(UnitParameters p) =>
        p with { ContactNeed = new ContactNeedParameters { NeedHoursEnkel = 0, NeedHoursMedel = 0, NeedHoursTung = 0 } };

    private static Household Household(WeightClass weight, int months) =>
        new(1, new RandomStreams(1, 1).GetInline("household", 1)) { Weight = weight, MonthsOnAssistance = months };

    [Test]
    public void The_need_follows_the_weight_class_and_rises_with_a_new_plan_or_a_new_caseworker()
    {
        var need = new ContactNeed(new ContactNeedParameters(), new WorkParameters(), 2.05);
        double now = 1000;
        Assert.That(need.PhaseFactor(Household(WeightClass.Enkel, 5), now), Is.EqualTo(1));
        Assert.That(need.Plan(Household(WeightClass.Enkel, 5), now, 0, out _), Is.EqualTo(1.0), "S002: enkel one visit");
        Assert.That(need.Plan(Household(WeightClass.Medel, 5), now, 0, out _), Is.EqualTo(2.0), "S002: medel two visits");
        Assert.That(need.Plan(Household(WeightClass.Tung, 5), now, 1.0, out _), Is.EqualTo(2.0), "tung three, one of them the routine meeting");
        Assert.That(need.Plan(Household(WeightClass.Medel, 1), now, 0, out _), Is.EqualTo(3.0), "a new plan in the first two months");
        var handedOver = Household(WeightClass.Medel, 30);
        handedOver.RecordHandover(now - 20);
        Assert.That(need.Plan(handedOver, now, 0, out _), Is.EqualTo(3.0), "a new caseworker");
        var both = Household(WeightClass.Tung, 0);
        both.RecordHandover(now - 5);
        Assert.That(need.PhaseFactor(both, now), Is.EqualTo(1.5), "the larger of the two, not their product");
        var long_ago = Household(WeightClass.Tung, 30);
        long_ago.RecordHandover(now - 90);
        Assert.That(need.PhaseFactor(long_ago, now), Is.EqualTo(1), "two months after the handover it is over");
    }

    [Test]
    public void The_crowded_out_share_reads_the_need_so_planning_more_routine_meetings_does_not_shrink_it()
    {
        var c = new Caseworker(0, 1.0, false) { NeedPlanned = 30, MeetingPlanned = 10, PartnerPlanned = 10, MeetingDone = 10, PartnerDone = 10 };
        Assert.That(ContactNeed.CrowdedOut(c), Is.EqualTo(0.5).Within(1e-12), "20 h done of 30 h need + 10 h partner work");
        c.MeetingPlanned = 25;
        Assert.That(ContactNeed.CrowdedOut(c), Is.EqualTo(0.5).Within(1e-12), "a larger routine plan below the need changes nothing");
        c.NeedPlanned = 0;
        Assert.That(ContactNeed.CrowdedOut(c), Is.EqualTo(1 - 20.0 / 35).Within(1e-12), "without a need, against the plan");
        c.MeetingDone = 40;
        Assert.That(ContactNeed.CrowdedOut(c), Is.Zero, "never below 0");
    }

    [Test]
    public void More_staff_with_the_same_households_hold_more_meetings_per_household_and_see_more_exits()
    {
        // Paired (common random numbers): the same households and luck, 5 or 7 posts. The gain in meetings comes from the
        // need beyond the routine, which only a unit with hours to spare holds: with the routine alone it is far smaller.
        var few = UnitModelTests.Small();
        var more = few with { Staff = few.Staff with { Caseworkers = [new StaffGroup { Count = 7 }] } };
        const int reps = 6;
        const double years = 3;
        double[] VisitsPerHouseholdMonth(UnitParameters p) => [.. Enumerable.Range(1, reps).Select(r =>
        {
            var sim = new UnitSimulation(p, new ModelRun(years, 41, r));
            sim.Execute();
            return sim.Metrics.Total(Counter.Visits) / sim.Metrics.Total(Counter.HouseholdMonths);
        })];
        var visitsFew = VisitsPerHouseholdMonth(few);
        var visitsMore = VisitsPerHouseholdMonth(more);
        Assert.That(ClearlyAbove(visitsFew, visitsMore), Is.True, "more meetings per household");
        Assert.That(ClearlyAbove(Values(few, MetricCatalogue.ShareMetInMonth, reps, years, 41), Values(more, MetricCatalogue.ShareMetInMonth, reps, years, 41)),
            Is.True, "more households met");
        Assert.That(ClearlyAbove(Values(few, MetricCatalogue.ExitsPer100PerMonth, reps, years, 41), Values(more, MetricCatalogue.ExitsPer100PerMonth, reps, years, 41)),
            Is.True, "more exits to self-sufficiency");

        var gain = Paired(visitsFew, visitsMore).Mean;
        var routineGain = Paired(VisitsPerHouseholdMonth(RoutineOnly(few)), VisitsPerHouseholdMonth(RoutineOnly(more))).Mean;
        Assert.That(gain, Is.GreaterThan(2 * routineGain), "the extra staff's hours go to the households' need beyond the routine");
    }

    [Test]
    public void Overload_drops_the_meetings_beyond_the_routine_first()
    {
        // A unit at about twice the baseline's cases per post has no hours left over: the need adds (almost) no meetings;
        // a unit at half has many, and the need adds clearly more.
        double Added(UnitParameters p) =>
            Values(p, MetricCatalogue.ShareMetInMonth, 3, 1, 7).Average() - Values(RoutineOnly(p), MetricCatalogue.ShareMetInMonth, 3, 1, 7).Average();
        var heavy = Small(new Planner.Simulation.Designs.DesignParameters(), households: 500, inflowFactor: 1) with { Designs = null };
        var light = Small(new Planner.Simulation.Designs.DesignParameters(), households: 125, inflowFactor: 1) with { Designs = null };
        double heavyAdded = Added(heavy), lightAdded = Added(light);
        TestContext.Out.WriteLine($"added share met: heavy {heavyAdded:F3}, light {lightAdded:F3}");
        Assert.That(heavyAdded, Is.LessThan(0.02));
        Assert.That(lightAdded, Is.GreaterThan(0.1));
    }
}
