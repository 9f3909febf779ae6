using Planner.Simulation.Model.Parameters;

namespace Planner.Scenarios.Calibration;

/// <summary>
/// Where a calibrated scenario's fitted values come from, written by `planner calibrate` into the scenario
/// file it produces. The model does not read it; it is there so a planner handed the file can see what it
/// was fitted to, how, and how well each value is pinned down.
/// </summary>
public sealed record CalibrationProvenance
{
    [Param("text", "planner calibrate", "The targets file the scenario was fitted to, as given on the command line.")]
    public string Targets { get; init; } = "";

    [Param("text", "planner calibrate", "SHA-256 of the targets file's content at the time of the fit.")]
    public string TargetsSha256 { get; init; } = "";

    [Param("text", "planner calibrate", "The scenario file that was calibrated.")]
    public string Scenario { get; init; } = "";

    [Param("text", "planner calibrate", "How the values were found: history matching with emulators, then a bounded optimiser on simulated means.")]
    public string Method { get; init; } = "";

    [Param("date", "planner calibrate", "Day of the fit (yyyy-MM-dd).")]
    public DateOnly Date { get; init; } = new(2000, 1, 1);

    [Param("waves", "planner calibrate", "History-matching waves run.", Min = 0, Max = 1000)]
    public int Waves { get; init; }

    [Param("replications", "planner calibrate", "Replications simulated for the fit, over all waves, the refinement and the check.", Min = 0)]
    public int Replications { get; init; }

    [Param("share", "planner calibrate", "Share of held-out simulated means inside the emulators' ±3σ.", Min = 0, Max = 1)]
    public double EmulatorCoverage { get; init; }

    [Param("list", "planner calibrate", "The fitted parameters with their prior and non-implausible ranges.", Min = 0, Max = 500)]
    public IReadOnlyList<CalibratedParameter> Parameters { get; init; } = [];
}

/// <summary>One fitted parameter in a calibrated scenario's provenance.</summary>
public sealed record CalibratedParameter
{
    [Param("text", "planner calibrate", "JSON path of the parameter in the scenario.")]
    public string Path { get; init; } = "";

    [Param("value", "planner calibrate", "Lower end of the prior range searched.")]
    public double PriorMin { get; init; }

    [Param("value", "planner calibrate", "Upper end of the prior range searched.")]
    public double PriorMax { get; init; }

    [Param("value", "planner calibrate", "Lower end of the non-implausible range after the last wave.")]
    public double Low { get; init; }

    [Param("value", "planner calibrate", "Upper end of the non-implausible range after the last wave.")]
    public double High { get; init; }

    [Param("value", "planner calibrate", "The best value, written into the scenario.")]
    public double Value { get; init; }

    [Param("yes/no", "planner calibrate", "False when the targets barely narrowed the range (not identified): the value is then one of many that fit equally well.")]
    public bool Identified { get; init; }
}
