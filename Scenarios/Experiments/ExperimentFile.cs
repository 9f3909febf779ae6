using Planner.Scenarios.Files;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model.Parameters;

namespace Planner.Scenarios.Experiments;

/// <summary>
/// An experiment file: scenarios, how to run them and a design of experiments over their parameters.
/// Read by the same binder as scenario files, so its errors name the file, JSON path, value and what is allowed.
/// </summary>
public sealed record ExperimentFile
{
    [Param("text", "user", "Experiment name; names it in the store and in exports. Empty: the file name without .json.")]
    public string Name { get; init; } = "";

    [Param("text", "user", "What the experiment asks; shown by the command line.")]
    public string Description { get; init; } = "";

    [Param("files", "user", "Scenario files, relative to the experiment file. Every design point runs on every scenario.", Min = 1, Max = 1000)]
    public IReadOnlyList<string> Scenarios { get; init; } = [];

    /// <summary>Replaces each scenario's run block, so that every point runs with the same seed and replication numbers.</summary>
    public RunSettings Run { get; init; } = new();

    public DesignSettings Design { get; init; } = new();

    [Param("metric keys", "user", "Metrics shown per point in the table (every metric is stored and exported).", Min = 1, Max = 50)]
    public IReadOnlyList<string> Metrics { get; init; } = [MetricCatalogue.TotalCostPerYear, MetricCatalogue.StrainIndex, MetricCatalogue.TurnoverPercentPerYear];

    public PrecisionSettings? Precision { get; init; }

    [Param("flag", "user", "Keep every replication's monthly series in the store (large for big designs).")]
    public bool Monthly { get; init; } = true;
}

/// <summary>Which points to run: none (each scenario as it is), a full grid, a Latin hypercube, or a sensitivity design.</summary>
public sealed record DesignSettings
{
    public const string None = "none", Grid = "grid", LatinHypercube = "latinHypercube", Morris = "morris", Sobol = "sobol";

    [AllowedValues(None, Grid, LatinHypercube, Morris, Sobol)]
    [Param("text", "user", "none: each scenario as it is; grid: every combination of the values; latinHypercube: points over ranges; morris / sobol: sensitivity designs.")]
    public string Kind { get; init; } = None;

    [Param("parameters", "user", "The parameters varied. grid: values; latinHypercube: min and max; morris/sobol: optional (default: every ASSUMED parameter, default ± fraction).", Min = 0, Max = 500)]
    public IReadOnlyList<DesignParameter> Parameters { get; init; } = [];

    [Param("points", "user", "latinHypercube: number of points; each parameter's range is cut into this many strata.", Min = 1, Max = 100_000)]
    public int Points { get; init; } = 10;

    [Param("seed", "user", "Seed of the design's own draws (Latin hypercube, Morris trajectories, Sobol samples, bootstrap); not the model's seed.", Min = 0)]
    public ulong Seed { get; init; } = 1;

    [Param("fraction", "user", "morris/sobol: a parameter without min/max varies over default × (1 ± fraction), clipped to its allowed range.", Min = 0.001, Max = 10)]
    public double Fraction { get; init; } = 0.25;

    [Param("trajectories", "user", "morris: trajectories r; r × (k + 1) points for k parameters.", Min = 2, Max = 10_000)]
    public int Trajectories { get; init; } = 10;

    [Param("levels", "user", "morris: grid levels p (even); the step is p / (2(p − 1)) of each range.", Min = 2, Max = 100)]
    public int Levels { get; init; } = 4;

    [Param("samples", "user", "sobol: base sample size N; N × (k + 2) points for k parameters.", Min = 2, Max = 1_000_000)]
    public int Samples { get; init; } = 64;

    [Param("resamples", "user", "morris/sobol: bootstrap resamples for the 95 % CIs.", Min = 10, Max = 100_000)]
    public int Bootstrap { get; init; } = 1000;

    [Param("metric keys", "user", "morris/sobol: the metrics analysed (default: total cost per year).", Min = 1, Max = 50)]
    public IReadOnlyList<string> Outputs { get; init; } = [MetricCatalogue.TotalCostPerYear];
}

/// <summary>One varied parameter: a JSON path into the scenario and its values (grid) or range (Latin hypercube, sensitivity).</summary>
public sealed record DesignParameter
{
    [Param("path", "user", "JSON path into the scenario, e.g. \"strain.overloadSensitivity\" or \"staff.caseworkers[0].count\".")]
    public string Path { get; init; } = "";

    [Param("values", "user", "grid: the values to try.", Min = 1, Max = 10_000)]
    public IReadOnlyList<double>? Values { get; init; }

    [Param("value", "user", "latinHypercube/morris/sobol: lower end of the range.")]
    public double? Min { get; init; }

    [Param("value", "user", "latinHypercube/morris/sobol: upper end of the range.")]
    public double? Max { get; init; }
}

/// <summary>Add replications until the chosen metrics' 95 % CI half-width is at most a fraction of their mean.</summary>
public sealed record PrecisionSettings
{
    [Param("metric keys", "user", "Metrics that must reach the target.", Min = 1, Max = 50)]
    public IReadOnlyList<string> Metrics { get; init; } = [MetricCatalogue.TotalCostPerYear];

    [Param("fraction of the mean", "user", "Target half-width as a fraction of the mean, e.g. 0.05 for ±5 %.", Min = 0.0001, Max = 0.9999)]
    public double RelativeHalfWidth { get; init; } = 0.05;

    [Param("replications", "user", "Most replications per point.", Min = 2, Max = 100_000)]
    public int MaxReplications { get; init; } = 1000;

    public PrecisionTarget Target => new(Metrics, RelativeHalfWidth, MaxReplications);
}
