using NUnit.Framework;
using Planner.Simulation.Designs;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model;
using static Planner.Simulation.Tests.Designs.DesignRuns;

namespace Planner.Simulation.Tests.Designs;

/// <summary>Labour-market officers without a krets (Ale, S002), paired against the same unit without them.</summary>
[TestFixture]
public class LabourMarketOfficersTests
{
    [Test]
    public void Officers_meet_the_job_seeking_households_and_more_of_them_leave()
    {
        var without = Small(new DesignParameters());
        var with = Small(new DesignParameters(new LabourMarketOfficersParameters { Officers = 1 }));
        Assert.That(ClearlyAbove(Values(without, MetricCatalogue.ShareMetInMonth, 4, 2), Values(with, MetricCatalogue.ShareMetInMonth, 4, 2)), Is.True, "more households met");
        var exits = Paired(Values(without, MetricCatalogue.ExitsPer100PerMonth, 8, 3), Values(with, MetricCatalogue.ExitsPer100PerMonth, 8, 3));
        TestContext.Out.WriteLine($"exits +{exits.Mean:F3} ± {exits.HalfWidth:F3} per 100 a month");
        Assert.That(exits.Mean - exits.HalfWidth, Is.GreaterThan(0), "more exits");
        var posts = Values(with, DesignMeasurements.DesignPostsFte, 2, 1);
        Assert.That(posts.Average(), Is.EqualTo(1).Within(0.2), "one officer's post, without a krets");
        var sim = new UnitSimulation(with, new ModelRun(1, 99, 1));
        sim.Execute();
        Assert.That(sim.Posts.Single(c => c.Role == PostRole.LabourMarket).CaseloadCount, Is.Zero);
    }
}
