using BenchmarkDotNet.Configs;

namespace Planner.Benchmarks;

/// <summary>BenchmarkDotNet's defaults plus the per-unit columns; used by every benchmark class here.</summary>
public sealed class PerUnitConfig : ManualConfig
{
    public PerUnitConfig() => AddColumn(PerUnitColumns.Throughput, PerUnitColumns.BytesPerUnit);
}
