using MathNet.Numerics.Distributions;
using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Experiments;

/// <summary>One metric over the replications: mean, standard deviation and a 95 % Student-t confidence interval.</summary>
public sealed record MetricSummary(
    string Key, string Label, string Unit, double Mean, double Sd, double CiLow, double CiHigh, double HalfWidth, int N);

public static class Summaries
{
    public const double Confidence = 0.95;

    /// <summary>Every metric key the replications report: the catalogue's first, in its order, then any others by name.</summary>
    public static IReadOnlyList<string> MetricKeys(IReadOnlyList<ReplicationResult> results)
    {
        var reported = results.SelectMany(r => r.Values.Keys).ToHashSet(StringComparer.Ordinal);
        var known = MetricCatalogue.All.Select(m => m.Key).Where(reported.Contains).ToList();
        var extra = reported.Except(known).Order(StringComparer.Ordinal);
        return [.. known, .. extra];
    }

    public static IReadOnlyList<MetricSummary> Summarise(IReadOnlyList<ReplicationResult> results) =>
        MetricKeys(results).Select(key => Summarise(key, results)).ToList();

    public static MetricSummary Summarise(string key, IReadOnlyList<ReplicationResult> results)
    {
        var definition = MetricCatalogue.All.FirstOrDefault(m => m.Key == key);
        // A replication may have no value (e.g. no spell completed in a short run): it is left out, and n says so.
        var values = results
            .Select(r => r.Values.TryGetValue(key, out var v) ? v : double.NaN)
            .Where(double.IsFinite)
            .ToArray();
        var (mean, sd, half) = Interval(values);
        return new MetricSummary(key, definition?.Label ?? key, definition?.Unit ?? "",
            mean, sd, mean - half, mean + half, half, values.Length);
    }

    /// <summary>Mean, sample standard deviation and the CI half-width t(0.975, n−1) · sd / √n; NaN where n is too small.</summary>
    public static (double Mean, double Sd, double HalfWidth) Interval(IReadOnlyList<double> values)
    {
        var n = values.Count;
        if (n == 0)
            return (double.NaN, double.NaN, double.NaN);
        // Plain sums in replication order: the same inputs give the same bits on every machine.
        var sum = 0.0;
        foreach (var v in values)
            sum += v;
        var mean = sum / n;
        if (n < 2)
            return (mean, double.NaN, double.NaN);
        var squares = 0.0;
        foreach (var v in values)
            squares += (v - mean) * (v - mean);
        var sd = Math.Sqrt(squares / (n - 1));
        var t = StudentT.InvCDF(0, 1, n - 1, 1 - (1 - Confidence) / 2);
        return (mean, sd, t * sd / Math.Sqrt(n));
    }
}
