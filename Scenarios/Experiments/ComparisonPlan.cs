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
    /// <param name="files">The file each scenario was read from, as given: comparison.json echoes it, and the store keeps it for exports.</param>
    public static ExperimentPlan For(IReadOnlyList<Scenario> scenarios, RunSettings run, IReadOnlyList<string> files) =>
        ExperimentPlan.ForScenarios(Name(scenarios.Select(s => s.Name).ToList()), ExperimentKind.Compare, run,
            scenarios.Select(WithDesignMetrics).ToList(), sources: files);

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
        // Counted in UTF-8 bytes, as file systems count a name: a Japanese letter takes three.
        const int most = 100;
        var names = scenarioNames.Select(ResultFolderName.From).ToList();
        var full = "compare-" + string.Join("-vs-", names);
        if (System.Text.Encoding.UTF8.GetByteCount(full) <= most)
            return full;
        var rest = $"-vs-{names.Count - 1}-others";
        var first = new System.Text.StringBuilder();
        foreach (var rune in names[0].EnumerateRunes())
        {
            if (System.Text.Encoding.UTF8.GetByteCount("compare-" + first + rune + rest) > most)
                break;
            first.Append(rune.ToString());
        }
        return $"compare-{first.ToString().TrimEnd('-')}{rest}";
    }

    /// <summary>The comparison just run: replications 1..n of every scenario, n the same for all.</summary>
    public static ComparisonResult Load(ResultStore store, ExperimentPlan plan, EngineOutcome outcome)
    {
        var run = plan.Run with { Replications = outcome.Points.Min(p => p.Replications) };
        return Compared(store, outcome.ExperimentId, run,
            plan.Points.Select(p => (p.Index, plan.Sources?[p.ScenarioIndex] ?? "", p.Scenario)).ToList());
    }

    /// <summary>
    /// A comparison as a store holds it, for an export: the scenarios as stored, over the replications 1..n that
    /// every scenario has (a store still being written or missing a shard may have more for some); null before
    /// every scenario has one.
    /// </summary>
    public static ComparisonResult? FromStore(ResultStore store, StoredExperiment experiment)
    {
        var scenarios = store.Scenarios(experiment.Id);
        var points = StoreExport.Points(store, experiment);
        // A damaged replication (its rows no longer match its checksum) counts as missing: never averaged in.
        var done = new HashSet<(int Point, int Replication)>(store.Completed(experiment.Id));
        done.ExceptWith(store.Damaged(experiment.Id).Select(d => (d.Point, d.Replication)));
        var replications = points.Count == 0 ? 0 : points.Min(p => Enumerable.Range(1, int.MaxValue - 1).TakeWhile(r => done.Contains((p.Point, r))).Count());
        if (replications == 0)
            return null;
        var run = new RunSettings { Years = experiment.Years, Seed = experiment.Seed, Replications = replications };
        var compared = points.Select(p =>
        {
            var stored = scenarios[p.Scenario];
            var load = ScenarioLoader.Parse($"{store.Path}: scenario {stored.Name}", stored.Json);
            if (load.Scenario is null)
                throw new StoreException($"{store.Path}: experiment \"{experiment.Name}\" ({experiment.ShortHash}): its scenario {stored.Name} does not load in this version of Planner: {load.Errors[0]}");
            return (p.Point, stored.File ?? "", load.Scenario);
        }).ToList();
        return Compared(store, experiment.Id, run, compared);
    }

    private static ComparisonResult Compared(ResultStore store, long experimentId, RunSettings run,
        IReadOnlyList<(int Point, string File, Scenario Scenario)> points)
    {
        var compared = points.Select(p =>
        {
            var results = store.Load(experimentId, p.Point, run.Replications);
            return new ComparedScenario(p.File, p.Scenario with { Run = run }, results, Summaries.Summarise(results));
        }).ToList();
        return new ComparisonResult(run, compared);
    }
}
