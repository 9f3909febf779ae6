namespace Planner.Simulation.Metrics;

/// <summary>One reported figure: a stable key for files, a label and a unit for people.</summary>
public sealed record MetricDefinition(string Key, string Label, string Unit, string Description, bool Headline)
{
    /// <summary>The label in Swedish, for a figure a design declares itself (the catalogue's own are in the charts' text table).</summary>
    public string? Swedish { get; init; }

    /// <summary>Which way is better, for a figure a design declares itself (the catalogue's own are in <see cref="MetricDirection"/>).</summary>
    public Better Better { get; init; }
}

/// <summary>A design (or mechanism) that declares the figures it reports, next to the code that produces them.</summary>
public interface IDeclaresMetrics
{
    static abstract IReadOnlyList<MetricDefinition> Metrics { get; }
}
