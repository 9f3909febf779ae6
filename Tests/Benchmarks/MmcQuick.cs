using System.Diagnostics;
using System.Globalization;
using Planner.Simulation.Kernel;
using Planner.Simulation.Tests.Kernel;

namespace Planner.Benchmarks;

/// <summary>
/// The M/M/c figures in plain ratios: after a warm-up run, several timed runs of
/// <see cref="MmcBenchmarks.Customers"/> customers each; reports the median throughput and the
/// bytes allocated on this thread per customer.
/// </summary>
public sealed class MmcQuick : IQuickBenchmark
{
    private const int Runs = 5;

    public string Name => "mmc";

    private static MmcWaits RunOnce(RandomStreams streams, int customers) => MmcBenchmarks.Simulate(streams, customers);

    public void Run(TextWriter output)
    {
        RunOnce(new RandomStreams(1, 0), MmcBenchmarks.Customers);
        var rates = new double[Runs];
        var bytes = new double[Runs];
        MmcWaits last = default;
        for (int r = 0; r < Runs; r++)
        {
            var streams = new RandomStreams(20_250_101UL, r);
            long before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            last = RunOnce(streams, MmcBenchmarks.Customers);
            watch.Stop();
            bytes[r] = (double)(GC.GetAllocatedBytesForCurrentThread() - before) / MmcBenchmarks.Customers;
            rates[r] = MmcBenchmarks.Customers / watch.Elapsed.TotalSeconds;
        }
        Array.Sort(rates);
        Array.Sort(bytes);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Name,-14} {rates[Runs / 2],12:N0} customers/s (min {rates[0]:N0}, max {rates[^1]:N0})   {bytes[Runs / 2],7:F1} B/customer   mean wait {last.Mean:F4} d, {last.Events / (double)MmcBenchmarks.Customers:F2} events/customer"));
    }
}
