using System.Diagnostics;
using System.Globalization;

namespace Planner.Benchmarks;

/// <summary>One timed batch of replications: its rate and what the garbage collector took of its wall time.</summary>
public readonly record struct BatchTiming(double PerSecond, int FullCollections, double PauseShare)
{
    /// <summary>Runs <paramref name="batch"/>, which does <paramref name="replications"/> replications, and times it.</summary>
    public static BatchTiming Measure(int replications, Action batch)
    {
        var full = GC.CollectionCount(2);
        var paused = GC.GetTotalPauseDuration();
        var watch = Stopwatch.StartNew();
        batch();
        watch.Stop();
        return new BatchTiming(replications / watch.Elapsed.TotalSeconds, GC.CollectionCount(2) - full,
            (GC.GetTotalPauseDuration() - paused) / watch.Elapsed);
    }
}

/// <summary>
/// Replications per second on 1 and 2 threads: rounds that alternate the thread counts, so that drift on the
/// machine touches both alike, and the median of each. Every batch gives each thread the same number of
/// replications, enough (about half a second) that the last replication of a batch, when one thread may
/// already be idle, and the start of the threads weigh little.
/// </summary>
public sealed class ThreadScaling(string label, int perThread, int rounds, Func<int, int, Action> batch)
{
    private const int WarmUpRounds = 2;

    public IReadOnlyList<BatchTiming> One { get; private set; } = [];
    public IReadOnlyList<BatchTiming> Two { get; private set; } = [];

    public double OnePerSecond => Median(One);
    public double TwoPerSecond => Median(Two);
    public double Ratio => TwoPerSecond / OnePerSecond;

    /// <summary>
    /// Untimed rounds first, until the runtime has recompiled the hot paths with their profiles (tiered compilation):
    /// until then its compiler thread competes for the cores, and the first timed 2-thread batch lost up to a quarter.
    /// </summary>
    public ThreadScaling Run()
    {
        for (var round = 0; round < WarmUpRounds; round++)
        {
            batch(1, perThread)();
            batch(2, 2 * perThread)();
        }
        var one = new List<BatchTiming>();
        var two = new List<BatchTiming>();
        for (var round = 0; round < rounds; round++)
        {
            one.Add(BatchTiming.Measure(perThread, batch(1, perThread)));
            two.Add(BatchTiming.Measure(2 * perThread, batch(2, 2 * perThread)));
        }
        (One, Two) = (one, two);
        return this;
    }

    public string Line(string name) => string.Create(CultureInfo.InvariantCulture,
        $"{name,-14} {label}: {OnePerSecond,6:F1} replications/s on 1 core, {TwoPerSecond,6:F1} on 2 cores: {Ratio:F2}x " +
        $"(runs {Range(One, Two)}; GC pauses {Pause(One):P1} / {Pause(Two):P1} of the time, full collections {Full(One)} / {Full(Two)})");

    private static double Median(IReadOnlyList<BatchTiming> timings)
    {
        var rates = timings.Select(t => t.PerSecond).Order().ToArray();
        return rates.Length % 2 == 1 ? rates[rates.Length / 2] : (rates[rates.Length / 2 - 1] + rates[rates.Length / 2]) / 2;
    }

    /// <summary>The spread of the round-by-round ratios, so a reader sees how far one figure can be trusted.</summary>
    private static string Range(IReadOnlyList<BatchTiming> one, IReadOnlyList<BatchTiming> two)
    {
        var ratios = one.Zip(two, (a, b) => b.PerSecond / a.PerSecond).ToArray();
        return string.Create(CultureInfo.InvariantCulture, $"{ratios.Min():F2}–{ratios.Max():F2}x");
    }

    private static double Pause(IReadOnlyList<BatchTiming> timings) => timings.Average(t => t.PauseShare);

    private static int Full(IReadOnlyList<BatchTiming> timings) => timings.Sum(t => t.FullCollections);
}
