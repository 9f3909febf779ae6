using Newtonsoft.Json.Linq;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;
using Planner.Scenarios.Store;

namespace Planner.Scenarios.Calibration;

/// <summary>
/// Runs a calibration's stages as experiments in the result store, like every other command: each stage is
/// an experiment of kind "calibration" whose points are the stage's parameter values, all under the
/// scenario's seed and replication numbers (common random numbers). A stopped calibration resumes: a stage's
/// points are a deterministic function of the stages before, so the same command finds its experiments in the
/// store and skips what is saved. With a shard, only the shard's part runs; the stage is then incomplete
/// until the shards are merged. <paramref name="storeKeys"/> are the metric keys read back per point, in order
/// (<see cref="TargetMetrics.StoreKey"/> for targets).
/// </summary>
public sealed class EngineCalibrationRunner(
    Scenario scenario, RunSettings run, IReadOnlyList<string> storeKeys, ResultStore store, EngineSettings settings,
    ReplicationModel model, Func<string, Func<IEngineProgress, EngineOutcome>, EngineOutcome>? progress = null,
    CancellationToken cancellation = default, string kind = EngineCalibrationRunner.Kind) : ICalibrationRunner
{
    public const string Kind = "calibration";

    /// <summary>Replications simulated so far (not those found in the store), for the benchmark line.</summary>
    public int Ran { get; private set; }

    public double[][][] Run(string stage, IReadOnlyList<IReadOnlyList<ParameterSetting>> points, int replications)
    {
        var settingsRun = run with { Replications = replications };
        var designPoints = points.Select((settings, i) =>
        {
            var changed = scenario;
            foreach (var s in settings)
                changed = ScenarioPaths.Set(changed, s.Path, s.Value);
            return new DesignPoint(i, 0, changed with { Run = settingsRun }, settings);
        }).ToList();
        var name = $"{scenario.Name}-calibrate-{stage}";
        var plan = new ExperimentPlan(name, kind, settingsRun, [scenario with { Run = settingsRun }], designPoints, storeMonthly: false,
            new JObject { ["kind"] = kind, ["stage"] = stage });
        var engine = new ExperimentEngine(model);
        EngineOutcome Work(IEngineProgress p) => engine.Run(plan, store, settings, p, cancellation);
        var outcome = progress is null ? Work(new NoProgress()) : progress($"{scenario.Name}: {stage}", Work);
        Ran += outcome.Ran;
        var saved = store.Completed(outcome.ExperimentId).Count(c => c.Replication <= replications);
        var needed = points.Count * replications;
        if (saved < needed)
            throw new StageIncompleteException(stage, saved, needed);
        return designPoints.Select(p => storeKeys.Select(key =>
            store.MetricValues(outcome.ExperimentId, p.Index, key, replications)).ToArray()).ToArray();
    }

    private sealed class NoProgress : IEngineProgress
    {
        public void Planned(int replications)
        {
        }

        public void Saved()
        {
        }
    }
}
