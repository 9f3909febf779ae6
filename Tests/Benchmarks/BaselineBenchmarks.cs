using BenchmarkDotNet.Attributes;

namespace Planner.Benchmarks;

/// <summary>One 10-year replication of the baseline unit (Scenarios/library/baseline.json) on one thread.</summary>
[MemoryDiagnoser]
[Config(typeof(PerUnitConfig))]
[UnitsPerOperation(1, "replication")]
public class BaselineBenchmarks
{
    public const double Years = 10;

    private readonly BaselineUnit unit = BaselineUnit.Load();
    private int replication;

    [Benchmark]
    public int TenYearReplication() => unit.Run(Years, ++replication).Monthly.Rows.Count;
}

/// <summary>
/// One baseline replication at growing horizons: "B/unit" is the allocation per simulated year,
/// which should stay about constant. (Live heap after the run is printed by <c>--quick horizon</c>.)
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerUnitConfig))]
[UnitsPerOperation(1, "year", Parameter = nameof(Years))]
public class HorizonBenchmarks
{
    public static IReadOnlyList<double> Horizons { get; } = [5, 10, 20, 40];

    private readonly BaselineUnit unit = BaselineUnit.Load();

    [ParamsSource(nameof(Horizons))]
    public double Years { get; set; }

    [Benchmark]
    public int Replication() => unit.Run(Years, 1).Monthly.Rows.Count;
}
