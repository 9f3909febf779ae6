using Planner.Scenarios.Files;
using Planner.Scenarios.Store;
using Planner.Simulation.Designs;

namespace Planner.Scenarios.Experiments;

/// <summary>
/// A comparison of designs as an experiment for the engine: one point per scenario, every one with the same
/// horizon, seed and replication numbers, so replication i of each sees the same households, arrivals and
/// sick-spell draws wherever its design does not change them (common random numbers). Being an experiment,
/// it is saved replication by replication in the store, resumes after a stop, runs in shards and reaches a
/// precision target like any other.
/// </summary>
public static class ComparisonPlan
{
    public static ExperimentPlan For(IReadOnlyList<Scenario> scenarios, RunSettings run) =>
        ExperimentPlan.ForScenarios(Name(scenarios.Select(s => s.Name).ToList()), ExperimentKind.Compare, run,
            scenarios.Select(WithDesignMetrics).ToList());

    /// <summary>
    /// Every scenario reports the design metrics, a unit without designs included, so each has a value to pair
    /// with: an empty designs block switches no design on. It is part of the scenario, so the store's copy and the
    /// echo in comparison.json reproduce the numbers when run again.
    /// </summary>
    public static Scenario WithDesignMetrics(Scenario scenario) =>
        scenario.Unit.Designs is null ? scenario with { Unit = scenario.Unit with { Designs = new DesignParameters() } } : scenario;

    /// <summary>compare-a-vs-b…, shortened when many scenarios are compared; it names the experiment and its folder.</summary>
    public static string Name(IReadOnlyList<string> scenarioNames)
    {
        var names = scenarioNames.Select(ResultFolderName.From).ToList();
        var full = "compare-" + string.Join("-vs-", names);
        return full.Length <= 100 ? full : $"compare-{names[0]}-vs-{names.Count - 1}-others";
    }

    /// <summary>The comparison as the store holds it: replications 1..n of every scenario, n the same for all.</summary>
    public static ComparisonResult Load(ResultStore store, ExperimentPlan plan, EngineOutcome outcome, IReadOnlyList<string> files)
    {
        var replications = outcome.Points.Min(p => p.Replications);
        var run = plan.Run with { Replications = replications };
        var compared = plan.Points.Select(point =>
        {
            var results = store.Load(outcome.ExperimentId, point.Index, replications);
            return new ComparedScenario(files[point.ScenarioIndex], point.Scenario with { Run = run }, results, Summaries.Summarise(results));
        }).ToList();
        return new ComparisonResult(run, compared);
    }
}
