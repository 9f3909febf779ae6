using NUnit.Framework;
using Planner.Simulation.Designs;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model;
using Planner.Simulation.Model.Parameters;
using Planner.Simulation.Tests.Model;
using static Planner.Simulation.Tests.Designs.DesignRuns;

namespace Planner.Simulation.Tests.Designs;

/// <summary>Allocation rules and caps (S002), the mottagning (S002, S000) and the payment split (S003).</summary>
[TestFixture]
public class AllocationAndIntakeTests
{
    /// <summary>Twelve posts, 55 households each, nobody resigning: enough kretsar for their spread to be measured.</summary>
    private static UnitParameters Twelve(DesignParameters designs) => Steady(Small(designs, posts: 12, households: 660));

    [Test]
    public void Round_robin_spreads_heavy_cases_less_evenly_than_weighted_allocation()
    {
        var roundRobin = Values(Twelve(new DesignParameters()), DesignMeasurements.HeavyCaseSpread, 6, 2);
        var weighted = Values(Twelve(new DesignParameters(new AllocationParameters { Rule = "weighted" })),
            DesignMeasurements.HeavyCaseSpread, 6, 2);
        Assert.That(ClearlyAbove(weighted, roundRobin), Is.True);
    }

    [Test]
    public void The_round_robin_rule_without_caps_allocates_exactly_as_the_baseline()
    {
        var baseline = UnitModel.Run(Small(new DesignParameters()), new ModelRun(1, 17, 2));
        var design = UnitModel.Run(Small(new DesignParameters(new AllocationParameters { Rule = "round-robin", HeavyCasesPerFte = null })),
            new ModelRun(1, 17, 2));
        foreach (var m in MetricCatalogue.Core)
            Assert.That(design.Values[m.Key], Is.EqualTo(baseline.Values[m.Key]), m.Key);
    }

    [Test]
    public void A_heavy_case_cap_keeps_tung_cases_under_it_while_others_have_room()
    {
        // About 20 % of 55 households per post are tung, 11 per FTE: a cap of 12 binds for the heavier kretsar.
        var capped = new AllocationParameters { Rule = "round-robin", HeavyCasesPerFte = 12 };
        var spreadCapped = Values(Twelve(new DesignParameters(capped)), DesignMeasurements.HeavyCaseSpread, 6, 2);
        var spreadFree = Values(Twelve(new DesignParameters(capped with { HeavyCasesPerFte = null })), DesignMeasurements.HeavyCaseSpread, 6, 2);
        Assert.That(ClearlyAbove(spreadCapped, spreadFree), Is.True, "the cap evens out heavy cases even under round-robin");
    }

    [Test]
    public void The_mottagning_hands_cases_over_after_hold_months_counting_and_costing_each()
    {
        var intake = new IntakeUnitParameters { Posts = 2, HoldMonths = 3, HandoverHours = 1.5 };
        var p = Small(new DesignParameters(intake));
        var sim = new UnitSimulation(p, new ModelRun(2, 5, 1));
        var r = sim.Execute();
        double handovers = r.Values[IntakeUnit.IntakeHandoversPerYear];
        Assert.That(handovers, Is.GreaterThan(50));
        // The reading-up is work: it loads the receivers, against the same mottagning that reads up nothing.
        var free = Values(Steady(Small(new DesignParameters(intake with { HandoverHours = 0 }))), MetricCatalogue.Utilisation, 4, 2);
        var reading = Values(Steady(p), MetricCatalogue.Utilisation, 4, 2);
        Assert.That(ClearlyAbove(free, reading), Is.True, "handover hours raise utilisation");
        var held = sim.Posts.Where(c => c.Role == PostRole.Intake).SelectMany(c => c.Caseload).Select(sim.HouseholdAt).ToList();
        Assert.That(held, Is.Not.Empty, "new cases sit with the mottagning");
        // Handed over at the first month start at HoldMonths; the run ends after a month end, before the next start.
        Assert.That(held.Select(h => h.MonthsOnAssistance), Is.All.LessThanOrEqualTo(3));
        Assert.That(sim.Posts.Where(c => c.Role == PostRole.Generalist).Sum(c => c.IntakeCount), Is.Zero, "generalists get no new applications");
        var baseline = Values(Steady(Small(new DesignParameters())), MetricCatalogue.HandoversPerHousehold, 4, 2);
        var withIntake = Values(Steady(p), MetricCatalogue.HandoversPerHousehold, 4, 2);
        Assert.That(ClearlyAbove(baseline, withIntake), Is.True, "every case that lasts changes hands once more");
    }

    [Test]
    public void The_mottagning_deals_new_cases_by_capacity_so_its_newcomers_hold_less_than_with_round_robin()
    {
        // S000: the krets is fitted to the worker's ability. By default the mottagning gives a new application to
        // the post with the least load per unit of capacity (FTE × ramp); an allocation block can still ask for
        // round-robin, which gives a newcomer as many applications as a veteran. Twelve posts, four of them the
        // mottagning, high turnover so that newcomers come to it; their krets at the end, against the veterans'. A hundred
        // replications: a run ends with one or two newcomers in the mottagning, and the ratio over thirty swung by ±0.1.
        static double NewcomerShare(AllocationParameters? rule)
        {
            double newcomers = 0, veterans = 0;
            int n = 0, v = 0;
            for (int r = 1; r <= 100; r++)
            {
                var p = Small(new DesignParameters(new IntakeUnitParameters { Posts = 4 }, rule), posts: 12, households: 600);
                p = p with { Turnover = p.Turnover with { BaseResignationPercentPerYear = 60, HighStrainResignationPercentPerYear = 60 } };
                var sim = new UnitSimulation(p, new ModelRun(1.5, 5, r));
                sim.Execute();
                foreach (var c in sim.Posts.Where(c => c.Role == PostRole.Intake && c.Filled))
                {
                    if (c.RampCapacity(sim.Now) < 0.9) { newcomers += c.CaseloadCount; n++; }
                    else { veterans += c.CaseloadCount; v++; }
                }
            }
            Assert.That(Math.Min(n, v), Is.GreaterThan(10), "enough newcomers and veterans");
            return newcomers / n / (veterans / v);
        }
        double byCapacity = NewcomerShare(null);
        double roundRobin = NewcomerShare(new AllocationParameters { Rule = "round-robin", HeavyCasesPerFte = null });
        Assert.That(byCapacity, Is.LessThan(roundRobin - 0.05));
        Assert.That(byCapacity, Is.LessThan(0.9), "a newcomer on the ramp holds clearly less than a veteran");
    }

    [Test]
    public void The_payment_split_moves_reapplications_off_the_kretsar_and_costs_posts_and_automation()
    {
        var split = new PaymentSplitParameters { Ekonomihandlaggare = 1, AutomatedShare = 0.3, AutomationCostPerYear = 100_000 };
        var p = Small(new DesignParameters(split));
        // Casework per krets FTE-day falls: the re-applications (30 % automated, the rest to the ekonomihandläggare) are gone.
        // Only where the caseworkers have time to spare: a loaded krets fills its hours with the meetings and
        // partner work that used to lapse, and a light one its hours left with meetings beyond the routine (the
        // households' contact need). Hence a light unit, 30 households per post, with no need beyond the routine.
        var light = ContactNeedTests.RoutineOnly(Small(new DesignParameters(), households: 150));
        var before = Values(light, DesignMeasurements.CaseworkExperienced, 4, 1);
        var after = Values(light with { Designs = new DesignParameters(split) }, DesignMeasurements.CaseworkExperienced, 4, 1);
        Assert.That(ClearlyAbove(after, before), Is.True);
        var sim = new UnitSimulation(p, new ModelRun(2, 5, 1));
        var r = sim.Execute();
        Assert.That(sim.Posts.Single(c => c.Role == PostRole.Payment).CaseloadCount, Is.Zero, "ekonomihandläggare meet no clients");
        Assert.That(r.Values[MetricCatalogue.DesignCostPerYear], Is.EqualTo(100_000).Within(1_500), "the automation's running cost, per working day");
        Assert.That(r.Values[DesignMeasurements.DesignPostsFte], Is.EqualTo(1).Within(0.2));
    }
}
