namespace Planner.Benchmarks;

/// <summary>
/// Declares that one benchmark operation simulates <see cref="Count"/> units (customers, replications),
/// so <see cref="PerUnitColumns"/> can report units/s and bytes/unit next to BenchmarkDotNet's per-op figures.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class UnitsPerOperationAttribute(long count, string unit) : Attribute
{
    public long Count { get; } = count;

    public string Unit { get; } = unit;

    /// <summary>
    /// Optional name of a numeric benchmark parameter that multiplies <see cref="Count"/>, for
    /// operations whose size is a parameter (e.g. a horizon in years).
    /// </summary>
    public string? Parameter { get; init; }
}
