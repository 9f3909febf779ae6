using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Experiments;

/// <summary>One calendar year of the horizon over the replications: each yearly figure's mean and 95 % CI.</summary>
public sealed record YearSummary(int Year, int MonthsInYear, IReadOnlyList<MetricSummary> Metrics)
{
    public MetricSummary? Get(string key) => Metrics.FirstOrDefault(m => m.Key == key);
}

public static class YearlySummaries
{
    /// <summary>The calendar years the replications report, in order.</summary>
    public static IReadOnlyList<int> Years(IReadOnlyList<ReplicationResult> results) =>
        results.SelectMany(r => r.Yearly.Select(y => y.Year)).Distinct().Order().ToList();

    /// <summary>A replication's value of a yearly figure (NaN where it has none).</summary>
    public static double Value(ReplicationResult result, int year, string key)
    {
        foreach (var y in result.Yearly)
            if (y.Year == year) return y.Values.TryGetValue(key, out var v) ? v : double.NaN;
        return double.NaN;
    }

    /// <summary>Every year's figures, the catalogue's order; a figure no replication reports for a year is left out.</summary>
    public static IReadOnlyList<YearSummary> Summarise(IReadOnlyList<ReplicationResult> results)
    {
        var list = new List<YearSummary>();
        foreach (var year in Years(results))
        {
            var metrics = new List<MetricSummary>();
            foreach (var d in YearlyCatalogue.All)
            {
                var all = results.Select(r => Value(r, year, d.Key)).ToList();
                if (!results.Any(r => r.Yearly.Any(y => y.Year == year && y.Values.ContainsKey(d.Key)))) continue;
                var values = all.Where(double.IsFinite).ToArray();
                var (mean, sd, half) = Summaries.Interval(values);
                metrics.Add(new MetricSummary(d.Key, d.Label, d.Unit, mean, sd, mean - half, mean + half, half, values.Length));
            }
            var months = metrics.FirstOrDefault(m => m.Key == YearlyCatalogue.MonthsInYear)?.Mean ?? 0;
            list.Add(new YearSummary(year, (int)Math.Round(double.IsFinite(months) ? months : 0), metrics));
        }
        return list;
    }

    /// <summary>A yearly figure's paired difference b − a by replication number (common random numbers), as <see cref="Comparison.Paired"/>.</summary>
    public static MetricDifference Paired(int year, string key, IReadOnlyList<ReplicationResult> a, IReadOnlyList<ReplicationResult> b)
    {
        var byReplication = a.ToDictionary(r => r.Replication);
        var differences = new List<double>();
        var va = new List<double>();
        var vb = new List<double>();
        foreach (var rb in b)
        {
            if (!byReplication.TryGetValue(rb.Replication, out var ra)) continue;
            double x = Value(ra, year, key), y = Value(rb, year, key);
            if (!double.IsFinite(x) || !double.IsFinite(y)) continue;
            differences.Add(y - x);
        }
        va.AddRange(a.Select(r => Value(r, year, key)).Where(double.IsFinite));
        vb.AddRange(b.Select(r => Value(r, year, key)).Where(double.IsFinite));
        var (mean, sd, half) = Summaries.Interval(differences);
        return new MetricDifference(key, mean, sd, mean - half, mean + half, half, differences.Count, Comparison.Welch(va, vb));
    }
}
