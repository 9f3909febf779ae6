using System.Diagnostics;
using System.Globalization;

namespace Planner.Benchmarks;

/// <summary>
/// Wall time and allocation per 10-year replication of the baseline unit, on one core: replications
/// run one after another on this thread. Aim: ≤ 20 ms per replication. The warm-up is long enough
/// (in runs and in time) for tiered compilation to have promoted the hot loops to optimised code.
/// </summary>
public sealed class BaselineQuick : IQuickBenchmark
{
    private const int Runs = 21;
    private const int WarmUpRuns = 30;
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(1.5);

    public string Name => "baseline";

    public void Run(TextWriter output)
    {
        var unit = BaselineUnit.Load();
        double years = BaselineBenchmarks.Years;
        var warmUp = Stopwatch.StartNew();
        for (int r = 0; r < WarmUpRuns || warmUp.Elapsed < WarmUpTime; r++) unit.Run(years, r + 1);
        var ms = new double[Runs];
        var bytes = new double[Runs];
        for (int r = 0; r < Runs; r++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            unit.Run(years, r + 1);
            watch.Stop();
            bytes[r] = GC.GetAllocatedBytesForCurrentThread() - before;
            ms[r] = watch.Elapsed.TotalMilliseconds;
        }
        Array.Sort(ms);
        Array.Sort(bytes);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Name,-14} {ms[Runs / 2],8:F1} ms/replication (min {ms[0]:F1}, max {ms[^1]:F1}; {years:0} years, one core)   {bytes[Runs / 2] / 1e6,7:F2} MB allocated/replication"));
    }
}

/// <summary>
/// "Memory flat as the horizon grows": one baseline replication at 5, 10, 20 and 40 years. Allocation
/// per simulated year should stay about constant, and the live heap should not grow with the horizon
/// except for the result's monthly series (one row per month).
/// </summary>
public sealed class HorizonQuick : IQuickBenchmark
{
    public string Name => "horizon";

    public void Run(TextWriter output)
    {
        var unit = BaselineUnit.Load();
        unit.Run(1, 1);
        var rows = HorizonBenchmarks.Horizons.Select(years => unit.Measure(years, 1)).ToList();
        HeapFootprint? previous = null;
        foreach (var f in rows)
        {
            // Allocation per added year strips the fixed cost of setting up the unit; it should be flat.
            string added = previous is { } p
                ? string.Create(CultureInfo.InvariantCulture, $"{(f.Allocated - p.Allocated) / (f.Years - p.Years) / 1e6:F3} MB per added year")
                : "";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Name,-14} {f.Years,3:0} years: {f.Allocated / 1e6,6:F2} MB allocated ({f.AllocatedPerYear / 1e6:F3} MB/year) {added,-24}  live after run: model {f.RetainedModel / 1e3,4:F0} KB for {f.Households,5:N0} households, result {f.RetainedResult / 1e3,4:F0} KB for {f.Months} monthly rows"));
            previous = f;
        }
        var (first, last) = (rows[0], rows[^1]);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Name,-14} {last.Years:0} vs {first.Years:0} years: allocation per year ×{last.AllocatedPerYear / first.AllocatedPerYear:F2}, live model ×{(double)last.RetainedModel / first.RetainedModel:F2} (households ×{(double)last.Households / first.Households:F2}), live result ×{(double)last.RetainedResult / first.RetainedResult:F2} (monthly rows ×{(double)last.Months / first.Months:F0})"));
    }
}
