using NUnit.Framework;
using Planner.Simulation.Designs;
using Planner.Simulation.Metrics;
using static Planner.Simulation.Tests.Designs.DesignRuns;

namespace Planner.Simulation.Tests.Designs;

/// <summary>Absence cover (S000): beredskapsteam against no cover, spreading to colleagues and timvikarier.</summary>
[TestFixture]
public class AbsenceCoverTests
{
    private const int Replications = 6;
    private const double Years = 2;

    private static double[] Pile(DesignParameters designs) =>
        Values(Small(designs), DesignMeasurements.AbsentBacklogHours, Replications, Years);

    [Test]
    public void A_beredskapsteam_leaves_no_backlog_waiting_for_absent_workers_where_no_cover_leaves_one()
    {
        var none = Pile(new DesignParameters());
        var team = Pile(new DesignParameters(new BeredskapsteamParameters { Members = 2 }));
        Assert.That(none, Is.All.GreaterThan(1), "without cover, deadline work waits for the absent caseworker in every replication");
        Assert.That(team.Average(), Is.LessThan(0.1 * none.Average()), "the team takes it over: next to nothing waits");
        Assert.That(ClearlyAbove(team, none), Is.True);
    }

    [Test]
    public void Spreading_and_timvikarier_take_some_of_the_pile_and_only_timvikarier_cost_money()
    {
        var none = Pile(new DesignParameters());
        var spread = Pile(new DesignParameters(new SpreadAbsentWorkParameters { SickOnly = false }));
        var substitutes = new DesignParameters(new TimvikarierParameters { SickOnly = false, Availability = 1 });
        Assert.That(ClearlyAbove(spread, none), Is.True, "spreading lowers the pile");
        // The pile is skewed (a replication with a long sick spell dominates), so the paired t-interval of six
        // replications is fragile here: substitutes lower it in every replication.
        var covered = Pile(substitutes);
        Assert.That(covered.Zip(none, (c, n) => c < n), Is.All.True, "timvikarier lower the pile");
        Assert.That(Values(Small(substitutes), MetricCatalogue.DesignCostPerYear, 2, 1), Is.All.GreaterThan(0));
        Assert.That(Values(Small(new DesignParameters(new SpreadAbsentWorkParameters())), MetricCatalogue.DesignCostPerYear, 2, 1), Is.All.Zero);
    }

    [Test]
    public void The_team_posts_are_extra_posts_with_their_cost_and_no_krets()
    {
        var p = Small(new DesignParameters(new BeredskapsteamParameters { Members = 3 }));
        var sim = new Planner.Simulation.Model.UnitSimulation(p, new Planner.Simulation.Model.ModelRun(1, 3, 1));
        var r = sim.Execute();
        Assert.That(sim.Posts, Has.Count.EqualTo(5 + 3));
        Assert.That(sim.Posts.Skip(5).Select(c => c.Role), Is.All.EqualTo(Planner.Simulation.Model.PostRole.Standby));
        Assert.That(sim.Posts.Skip(5).Select(c => c.CaseloadCount), Is.All.Zero);
        Assert.That(r.Values[DesignMeasurements.DesignPostsFte], Is.EqualTo(3).Within(0.5));
        Assert.That(r.Values[DesignMeasurements.DesignPostsCostPerYear], Is.GreaterThan(1_500_000));
    }
}
