using Planner.Simulation.Model.Parameters;

namespace Planner.Scenarios.Files;

/// <summary>How an experiment runs a scenario. The unit model does not know these: they belong to the experiment.</summary>
public sealed record RunSettings
{
    [Param("years", "user", "Simulated horizon from the start date, at least one month (1/12 year); the model runs whole months, so the horizon is rounded to the nearest month.", Min = 1.0 / 12, Max = 50)]
    public double Years { get; init; } = 10;

    [Param("replications", "user", "Independent replications; at least 2 so that a confidence interval exists.", Min = 2, Max = 100_000)]
    public int Replications { get; init; } = 20;

    [Param("seed", "user", "Base random seed; the same seed gives byte-identical result files.", Min = 0)]
    public ulong Seed { get; init; } = 20261123;
}
