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
            var name = MetricCatalogue.All.FirstOrDefault(m => m.Key == p.Metric)?.Label ?? p.Metric;
            var reached = double.IsFinite(p.Relative) ? $"±{Percent(p.Relative)} of the mean" : "no finite half-width";
            var verdict = p.Met
                ? $"met with {point.Replications} replications"
                : point.Replications >= target.MaxReplications
                    ? $"NOT met: stopped at the cap of {target.MaxReplications} replications"
                    : $"NOT met after {point.Replications} replications";
            yield return $"Precision{label}: {name} {reached} (target ±{Percent(target.RelativeHalfWidth)}), {verdict}.";
        }
    }

    public static string Shard(Shard shard, int ran, int skipped, string store) =>
        $"Shard {shard}: {ran} replication(s) run, {skipped} already saved, in {store}. Combine the shard stores with `planner merge`; summaries come from the merged store.";

    public static string Interrupted(string store) =>
        $"Interrupted. Every replication reported as done is saved in {store}; run the same command again to resume.";

    private static string Percent(double fraction) => (fraction * 100).ToString("0.0#", CultureInfo.InvariantCulture) + " %";
}
