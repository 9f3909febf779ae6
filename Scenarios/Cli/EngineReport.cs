using System.Globalization;
using Planner.Scenarios.Experiments;
using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Cli;

/// <summary>The plain lines the engine's commands print: what was resumed, the precision reached, the shard written.</summary>
public static class EngineReport
{
    public static string? Resumed(EngineOutcome outcome) =>
        outcome.Skipped == 0 ? null
            : $"Resumed: {outcome.Skipped} replication(s) were already in the store and were not run again; {outcome.Ran} ran now.";

    public static IEnumerable<string> Precision(PointOutcome point, PrecisionTarget target, string label)
    {
        foreach (var p in point.Precision)
        {
            var reached = double.IsFinite(p.Relative) ? $"±{Percent(p.Relative)} of the mean" : "no finite half-width";
            yield return $"Precision{label}: {Label(p.Metric)} {reached} (target ±{Percent(target.RelativeHalfWidth)}), {Verdict(p.Met, point.Replications, target)}.";
        }
    }

    /// <summary>A comparison's precision per metric: the widest mean and the widest paired difference, and whether all met the target.</summary>
    public static IEnumerable<string> ComparisonPrecision(EngineOutcome outcome, PrecisionTarget target, IReadOnlyList<string> names)
    {
        var replications = outcome.Points.Min(p => p.Replications);
        foreach (var metric in target.Metrics)
        {
            var all = outcome.Points.SelectMany((point, i) => point.Precision.Where(a => a.Metric == metric).Select(a => (Name: names[i], Reached: a))).ToList();
            var means = Widest(all.Where(x => !x.Reached.Difference));
            var differences = Widest(all.Where(x => x.Reached.Difference));
            yield return $"Precision: {Label(metric)}: widest mean {means} of the mean, widest paired difference {differences} of {names[0]}'s mean; "
                         + $"target ±{Percent(target.RelativeHalfWidth)}, {Verdict(all.All(x => x.Reached.Met), replications, target)}.";
        }
    }

    public static string Shard(Shard shard, int ran, int skipped, string store) =>
        $"Shard {shard}: {ran} replication(s) run, {skipped} already saved, in {store}. Combine the shard stores with `planner merge`, "
        + "then run the same command without --shard and with --store on the merged store for the tables and files.";

    public static string Interrupted(string store) =>
        $"Interrupted. Every replication reported as done is saved in {store}; run the same command again to resume.";

    private static string Widest(IEnumerable<(string Name, AchievedPrecision Reached)> items)
    {
        var widest = items.MaxBy(x => x.Reached.Relative);
        return double.IsFinite(widest.Reached.Relative) ? $"({widest.Name}) ±{Percent(widest.Reached.Relative)}" : $"({widest.Name}) without a finite half-width";
    }

    private static string Verdict(bool met, int replications, PrecisionTarget target) =>
        met ? $"met with {replications} replications"
        : replications >= target.MaxReplications ? $"NOT met: stopped at the cap of {target.MaxReplications} replications"
        : $"NOT met after {replications} replications";

    private static string Label(string metric) => MetricCatalogue.All.FirstOrDefault(m => m.Key == metric)?.Label ?? metric;

    private static string Percent(double fraction) => (fraction * 100).ToString("0.0#", CultureInfo.InvariantCulture) + " %";
}
