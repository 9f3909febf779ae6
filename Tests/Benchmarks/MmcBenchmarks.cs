using BenchmarkDotNet.Attributes;
using Planner.Simulation.Kernel;

namespace Planner.Benchmarks;

/// <summary>
/// The kernel's hot paths on M/M/c (c = 10, λ = 9, μ = 1): one operation simulates 1,000,000
/// customers, in the callback style and in the process style.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerUnitConfig))]
[UnitsPerOperation(Customers, "customer")]
public class MmcBenchmarks
{
    public const int Customers = 1_000_000;

    private int replication;

    [Benchmark(Baseline = true)]
    public MmcResult CallbackStyle() => new MmcCallbackModel(MmcParameters.Reference, NextStreams()).Run(Customers);

    [Benchmark]
    public MmcResult ProcessStyle() => new MmcProcessModel(MmcParameters.Reference, NextStreams()).Run(Customers);

    // A new replication per operation, so no run can benefit from a previous one's state.
    private RandomStreams NextStreams() => new(20_250_101UL, replication++);
}
