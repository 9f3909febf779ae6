using NUnit.Framework;
using Planner.Simulation.Designs;
using Planner.Simulation.Model;
using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Tests.Designs;

/// <summary>
/// The rule that combines two designs acting at one hook (docs/designs.md §1, "Two designs at one hook"), each with two
/// small test designs composed in a known order: every test fails if the rule at its hook changes (order reversed,
/// last instead of first, a sum instead of a product).
/// </summary>
[TestFixture]
public class CombiningRuleTests
{
    /// <summary>A design that acts at every hook as it is told and records that it was asked.</summary>
    private sealed class Probe(string name) : ICoverDesign, IAllocationDesign, IStaffDesign, IMonthlyDesign, IWorkOrderDesign
    {
        public List<string> Log { get; init; } = [];
        public double CoverWants { get; init; }
        public double[] Pool { get; init; } = [0];
        public double Taken { get; private set; }
        public IAllocationRule? Rule { get; init; }
        public bool Accepts { get; init; } = true;
        public bool Marks { get; init; }
        public double Shift { get; init; }
        public double Resignation { get; init; } = 1;
        public double ExitFactor { get; init; } = 1;
        public double RefusalFactor { get; init; } = 1;
        public Func<double, double> Share { get; init; } = s => s;
        public double PriorityHours { get; init; }

        public void CoverAbsences(UnitSimulation unit, int day)
        {
            Log.Add(name);
            double take = Math.Min(CoverWants, Pool[0]);
            Pool[0] -= take;
            Taken += take;
        }

        public bool TakesNewCases(Caseworker c, int day)
        {
            Log.Add(name);
            return Accepts;
        }

        public bool MarkMet(Caseworker c, int month)
        {
            Log.Add(name);
            return Marks;
        }

        public double StrainShift(Caseworker c, int day) => Shift;
        public double ResignationFactor(Caseworker c) => Resignation;
        public double StartingCaseloadShare(Caseworker c, double share) => Share(share);

        public void AdjustExit(Household h, ref double hazard, ref double refusalFactor)
        {
            hazard *= ExitFactor;
            refusalFactor *= RefusalFactor;
        }

        public double PriorityWork(Caseworker c, in WorkDayContext day, double hours, ref double overtimeLeft, ref double clientHours)
        {
            double done = Math.Min(PriorityHours, hours);
            clientHours += done;
            return hours - done;
        }

        private sealed class Fixed(int slot) : IAllocationRule
        {
            public int Choose(UnitSimulation unit, Household household) => slot;
        }

        public static IAllocationRule Choosing(int slot) => new Fixed(slot);
    }

    private static readonly Caseworker Post = new(0, 1.0, false);

    [Test]
    public void Covers_act_in_the_declared_order_each_taking_what_the_one_before_left()
    {
        var log = new List<string>();
        var pool = new[] { 10.0 };
        var first = new Probe("first") { Log = log, Pool = pool, CoverWants = 6 };
        var second = new Probe("second") { Log = log, Pool = pool, CoverWants = 6 };
        DesignSet.Of(first, second).CoverAbsences(null!, 0);
        Assert.That(log, Is.EqualTo(new[] { "first", "second" }));
        Assert.That((first.Taken, second.Taken, pool[0]), Is.EqualTo((6.0, 4.0, 0.0)), "the second cover gets the 4 h the first left");
    }

    [Test]
    public void The_allocation_rule_of_the_later_design_wins_and_a_design_without_one_keeps_the_earlier()
    {
        var early = Probe.Choosing(1);
        var late = Probe.Choosing(2);
        Assert.That(DesignSet.Of(new Probe("a") { Rule = early }, new Probe("b") { Rule = late }).Rule, Is.SameAs(late));
        Assert.That(DesignSet.Of(new Probe("a") { Rule = late }, new Probe("b") { Rule = early }).Rule, Is.SameAs(early));
        Assert.That(DesignSet.Of(new Probe("a") { Rule = early }, new Probe("b")).Rule, Is.SameAs(early), "no rule of its own keeps the earlier one");
        Assert.That(DesignSet.Of().Rule, Is.Null, "no design: the model's round-robin");
    }

    [Test]
    public void A_post_takes_new_cases_only_if_every_design_accepts()
    {
        Assert.That(DesignSet.Of(new Probe("a"), new Probe("b")).TakesNewCases(Post, 0), Is.True);
        Assert.That(DesignSet.Of(new Probe("a"), new Probe("b") { Accepts = false }).TakesNewCases(Post, 0), Is.False, "the later design refuses");
        Assert.That(DesignSet.Of(new Probe("a") { Accepts = false }, new Probe("b")).TakesNewCases(Post, 0), Is.False, "the earlier design refuses");
    }

    [Test]
    public void The_first_design_to_mark_a_posts_households_met_wins()
    {
        var log = new List<string>();
        var set = DesignSet.Of(new Probe("first") { Log = log, Marks = true }, new Probe("second") { Log = log, Marks = true });
        Assert.That(set.MarkMet(Post, 0), Is.True);
        Assert.That(log, Is.EqualTo(new[] { "first" }), "the second is not asked once the first has marked");
        log.Clear();
        set = DesignSet.Of(new Probe("first") { Log = log }, new Probe("second") { Log = log, Marks = true });
        Assert.That(set.MarkMet(Post, 0), Is.True);
        Assert.That(log, Is.EqualTo(new[] { "first", "second" }));
        Assert.That(DesignSet.Of(new Probe("first"), new Probe("second")).MarkMet(Post, 0), Is.False, "nobody marks: the model's own count");
    }

    [Test]
    public void Strain_shifts_add()
    {
        var set = DesignSet.Of(new Probe("crunch") { Shift = 0.10 }, new Probe("relief") { Shift = -0.03 });
        Assert.That(set.StrainShift(Post, 0), Is.EqualTo(0.07).Within(1e-12));
    }

    [Test]
    public void Resignation_factors_multiply()
    {
        var set = DesignSet.Of(new Probe("a") { Resignation = 1.5 }, new Probe("b") { Resignation = 0.8 });
        Assert.That(set.ResignationFactor(Post), Is.EqualTo(1.2).Within(1e-12));
    }

    [Test]
    public void Exit_adjustments_multiply()
    {
        var set = DesignSet.Of(new Probe("a") { ExitFactor = 1.25, RefusalFactor = 0.5 }, new Probe("b") { ExitFactor = 0.5, RefusalFactor = 0.5 });
        double hazard = 0.1, refusal = 1;
        set.AdjustExit(null!, ref hazard, ref refusal);
        Assert.That((hazard, refusal), Is.EqualTo((0.0625, 0.25)));
    }

    [Test]
    public void Starting_caseload_shares_chain_in_the_declared_order()
    {
        var halve = new Probe("halve") { Share = s => s * 0.5 };
        var add = new Probe("add") { Share = s => s + 0.1 };
        Assert.That(DesignSet.Of(halve, add).StartingCaseloadShare(Post, 1.0), Is.EqualTo(0.6).Within(1e-12), "halved, then 0.1 added");
        Assert.That(DesignSet.Of(add, halve).StartingCaseloadShare(Post, 1.0), Is.EqualTo(0.55).Within(1e-12), "0.1 added, then halved");
    }

    [Test]
    public void Priority_work_goes_in_the_declared_order_each_given_the_hours_the_one_before_left()
    {
        double overtime = 0, client = 0;
        var set = DesignSet.Of(new Probe("a") { PriorityHours = 5 }, new Probe("b") { PriorityHours = 5 });
        double left = set.PriorityWork(Post, new WorkDayContext(0, 1, 20, 21), 7, ref overtime, ref client);
        Assert.That((left, client), Is.EqualTo((0.0, 7.0)), "5 h to the first, the 2 h left to the second");
    }

    [Test]
    public void A_scenario_lists_its_blocks_in_any_order_and_the_designs_act_in_the_declared_one()
    {
        var unit = DesignRuns.Small(new DesignParameters(new SpreadAbsentWorkParameters(), new TimvikarierParameters(), new BeredskapsteamParameters { Members = 1 }));
        var order = DesignSet.Create(unit).Active.OfType<ICoverDesign>().Select(d => d.GetType().Name);
        Assert.That(order, Is.EqualTo(new[] { "Beredskapsteam", "Timvikarier", "SpreadAbsentWork" }), "S000: the team first, then substitutes, then colleagues");
    }

    [Test]
    public void The_designs_that_shape_the_posts_are_the_ones_whose_policy_is_a_post_design()
    {
        var shaping = DesignParameters.Registered.Where(r => r.ShapesPosts).Select(r => r.Name);
        Assert.That(shaping, Is.EquivalentTo(new[] { "intakeUnit", "paymentSplit", "beredskapsteam", "labourMarketOfficers" }));
    }
}
