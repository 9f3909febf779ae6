using Planner.Scenarios.Experiments;

namespace Planner.Scenarios.Calibration;

/// <summary>One fitted parameter: its prior range, the non-implausible range left after the last wave and the best value.</summary>
/// <param name="Low">Smallest value among the last wave's non-implausible points (with High: the region's bounding box, as hmer reports it).</param>
/// <param name="RangeShare">Width of the central 95 % of the non-implausible points along the parameter ÷ the 95 % of the prior range a flat prior spans.</param>
/// <param name="Identified">False when RangeShare is at least the "not identified" share: the targets barely narrowed the parameter.</param>
public sealed record ParameterFit(ParameterRange Prior, double Low, double High, double Best, double RangeShare, bool Identified)
{
    public string Path => Prior.Path;

    /// <summary>The central 95 % of the non-implausible points along this parameter.</summary>
    public double CentralLow { get; init; } = double.NaN;

    public double CentralHigh { get; init; } = double.NaN;
}

/// <summary>One target at the best point: the simulated mean with its 95 % CI and the implausibility of the observed value.</summary>
/// <param name="Fitted">False for a weight-0 target: reported, not fitted.</param>
/// <param name="Implausibility">|observed − simulated mean| ÷ √(observation + replication + discrepancy variance + the mean's SE²).</param>
public sealed record TargetFit(Target Target, bool Fitted, double Mean, double Low, double High, int Replications, double Implausibility);

/// <summary>What a wave did: its runs, the share of candidates left non-implausible, the emulator check and the ranges after it.</summary>
/// <param name="Checked">Simulated means the emulator had not seen, compared with its ±3σ: wave 1's held-out points against wave 1's emulator, a later wave's points against the previous wave's.</param>
/// <param name="Ranges">The non-implausible range of each parameter after the wave, in parameter units.</param>
public sealed record WaveSummary(int Wave, int Points, int Replications, double NonImplausibleShare, int Checked, int Covered,
    IReadOnlyList<(double Low, double High)> Ranges, double TrainingSeconds, double SimulationSeconds)
{
    public double Coverage => Checked == 0 ? double.NaN : (double)Covered / Checked;
}

/// <summary>Everything a calibration found, for the tables, the files and the calibrated scenario.</summary>
public sealed record CalibrationResult(
    IReadOnlyList<ParameterFit> Parameters,
    IReadOnlyList<TargetFit> Targets,
    IReadOnlyList<WaveSummary> Waves,
    double ObjectiveStart,
    double ObjectiveRefined,
    int RefineEvaluations,
    int ReplicationsRun,
    double SimulationSeconds,
    double TrainingSeconds,
    IReadOnlyList<string> Warnings)
{
    public int Checked => Waves.Sum(w => w.Checked);
    public int Covered => Waves.Sum(w => w.Covered);
    public double Coverage => Checked == 0 ? double.NaN : (double)Covered / Checked;

    /// <summary>Replications simulated per second of simulation (wall clock, all threads).</summary>
    public double ReplicationsPerSecond => SimulationSeconds > 0 ? ReplicationsRun / SimulationSeconds : double.NaN;
}
