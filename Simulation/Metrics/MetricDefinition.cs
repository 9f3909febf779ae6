namespace Planner.Simulation.Metrics;

/// <summary>One reported figure: a stable key for files, a label and a unit for people.</summary>
public sealed record MetricDefinition(string Key, string Label, string Unit, string Description, bool Headline);
