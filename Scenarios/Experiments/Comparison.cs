using MathNet.Numerics.Distributions;
using Planner.Scenarios.Files;
using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Experiments;

/// <summary>One scenario of a comparison: its file, the scenario as run, its replications and their summary.</summary>
public sealed record ComparedScenario(string File, Scenario Scenario, IReadOnlyList<ReplicationResult> Results, IReadOnlyList<MetricSummary> Summary);

/// <summary>
/// A metric's difference scenario − first scenario over replications run with the same seed and
/// replication numbers: mean and 95 % Student-t CI of the per-replication differences (paired, common
/// random numbers), and for reference the half-width an unpaired (Welch) comparison would have had.
/// </summary>
public sealed record MetricDifference(
    string Key, double Mean, double Sd, double CiLow, double CiHigh, double HalfWidth, int N, double UnpairedHalfWidth)
{
    /// <summary>The CI excludes zero.</summary>
    public bool Clear => double.IsFinite(HalfWidth) && (CiLow > 0 || CiHigh < 0);
}

/// <summary>A comparison of scenarios under common random numbers: every scenario ran the same replications.</summary>
public sealed record ComparisonResult(RunSettings Run, IReadOnlyList<ComparedScenario> Scenarios)
{
    /// <summary>Every metric any scenario reports, catalogue order first.</summary>
    public IReadOnlyList<string> MetricKeys { get; } = Summaries.MetricKeys([.. Scenarios.SelectMany(s => s.Results)]);

    /// <summary>The paired difference of scenario <paramref name="index"/> from the first, or null for the first itself.</summary>
    public MetricDifference? Difference(int index, string key) =>
        index == 0 ? null : Comparison.Paired(key, Scenarios[0].Results, Scenarios[index].Results);

    public MetricSummary Summary(int index, string key) =>
        Scenarios[index].Summary.FirstOrDefault(m => m.Key == key) ?? Summaries.Summarise(key, Scenarios[index].Results);
}

public static class Comparison
{
    /// <summary>
    /// Differences b − a paired by replication number; a pair where either value is missing or not finite
    /// is left out (n says how many remain).
    /// </summary>
    public static MetricDifference Paired(string key, IReadOnlyList<ReplicationResult> a, IReadOnlyList<ReplicationResult> b)
    {
        var byReplication = a.ToDictionary(r => r.Replication);
        var differences = new List<double>();
        foreach (var rb in b)
        {
            if (!byReplication.TryGetValue(rb.Replication, out var ra)) continue;
            if (!ra.Values.TryGetValue(key, out var va) || !rb.Values.TryGetValue(key, out var vb)) continue;
            if (!double.IsFinite(va) || !double.IsFinite(vb)) continue;
            differences.Add(vb - va);
        }
        var (mean, sd, half) = Summaries.Interval(differences);
        return new MetricDifference(key, mean, sd, mean - half, mean + half, half, differences.Count, UnpairedHalfWidth(key, a, b));
    }

    /// <summary>Welch's 95 % half-width for the difference of two independent means: what pairing is compared against.</summary>
    public static double UnpairedHalfWidth(string key, IReadOnlyList<ReplicationResult> a, IReadOnlyList<ReplicationResult> b) =>
        Welch(Finite(key, a), Finite(key, b));

    /// <summary>Welch's 95 % half-width for the difference of the means of two independent samples.</summary>
    public static double Welch(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        var (_, sa, _) = Summaries.Interval(a);
        var (_, sb, _) = Summaries.Interval(b);
        int na = a.Count, nb = b.Count;
        if (na < 2 || nb < 2) return double.NaN;
        double va = sa * sa / na, vb = sb * sb / nb;
        double se = Math.Sqrt(va + vb);
        if (se == 0) return 0;
        double df = (va + vb) * (va + vb) / (va * va / (na - 1) + vb * vb / (nb - 1));
        return StudentT.InvCDF(0, 1, df, 1 - (1 - Summaries.Confidence) / 2) * se;
    }

    private static List<double> Finite(string key, IReadOnlyList<ReplicationResult> results) =>
        [.. results.Select(r => r.Values.TryGetValue(key, out var v) ? v : double.NaN).Where(double.IsFinite)];
}
