using BenchmarkDotNet.Attributes;
using Planner.Simulation.Kernel;
using Planner.Simulation.Tests.Kernel;

namespace Planner.Benchmarks;

/// <summary>
/// The kernel's hot path on M/M/c (c = 10, λ = 9, μ = 1, utilisation 0.9): one operation simulates
/// 1,000,000 customers on the callback scheduler, with the queue that MmcTests checks against Erlang C.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerUnitConfig))]
[UnitsPerOperation(Customers, "customer")]
public class MmcBenchmarks
{
    public const int Customers = 1_000_000;
    public const int Servers = 10;
    public const double ArrivalRate = 9.0;
    public const double ServiceRate = 1.0;

    private int replication;

    /// <summary>One run of <paramref name="customers"/> customers, all of them measured.</summary>
    public static MmcWaits Simulate(RandomStreams streams, int customers) =>
        new MmcQueue(Servers, ArrivalRate, ServiceRate, streams).Run(warmup: 0, customers);

    [Benchmark]
    public MmcWaits Callbacks() => Simulate(NextStreams(), Customers);

    // A new replication per operation, so no run can benefit from a previous one's state.
    private RandomStreams NextStreams() => new(20_250_101UL, replication++);
}
