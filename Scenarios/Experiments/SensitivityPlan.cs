namespace Planner.Scenarios.Experiments;

/// <summary>A varied parameter with the range it was sampled over.</summary>
public sealed record ParameterRange(ScenarioParameter Parameter, double Min, double Max)
{
    public string Path => Parameter.Path;

    /// <summary>The scenario value at a unit-cube coordinate (whole numbers for integer fields).</summary>
    public double At(double unit) => Parameter.Effective(Min + unit * (Max - Min));
}

/// <summary>
/// The sensitivity side of a Morris or Sobol experiment: which parameters, over which ranges, the unit-cube
/// sample behind the points, and what to analyse. Point i of the experiment is row i of the sample.
/// </summary>
public sealed record SensitivityPlan(
    string Method,
    IReadOnlyList<ParameterRange> Parameters,
    MorrisSample? Morris,
    SaltelliSample? Saltelli,
    IReadOnlyList<string> Outputs,
    int Resamples,
    ulong Seed,
    IReadOnlyList<string> LeftOut);
