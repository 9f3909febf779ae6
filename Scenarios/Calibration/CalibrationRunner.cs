using Planner.Scenarios.Experiments;

namespace Planner.Scenarios.Calibration;

/// <summary>
/// Runs a stage of a calibration (a wave's design, an optimiser step, the check at the best point): each
/// point a set of parameter values, each run under the same seeds. Returns, per point and per target, the
/// replications' values. The command line runs them through the experiment engine and store (resumable,
/// shardable); a stage that a shard leaves incomplete ends the calibration with <see cref="StageIncompleteException"/>.
/// </summary>
public interface ICalibrationRunner
{
    double[][][] Run(string stage, IReadOnlyList<IReadOnlyList<ParameterSetting>> points, int replications);
}

/// <summary>A stage's replications are not all in the store yet (a shard ran its part): merge and run again.</summary>
public sealed class StageIncompleteException(string stage, int saved, int needed)
    : Exception($"stage {stage}: {saved} of {needed} replications are in the store")
{
    public string Stage { get; } = stage;
    public int Saved { get; } = saved;
    public int Needed { get; } = needed;
}
