using System.Globalization;
using MathNet.Numerics.Distributions;
using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Experiments;

/// <summary>
/// How Planner treats warm-up, and the evidence. Planner answers planning questions over a horizon that
/// starts today, so it does not delete any months: the model starts from the unit's computed steady state
/// (Simulation/Model/SteadyStart), and every figure is an average over the whole horizon. As a check,
/// MSER-5 is computed on the across-replication mean of the key monthly series, and each series is read as
/// one of three shapes: settled from the start (truncation in the first tenth of the horizon), a start-up
/// transient (a truncation point well inside the horizon, at most a quarter of it: the figures include a
/// short start-up, and its size is given), or a drift (no stable stretch found, or none in the first
/// quarter: a trend over the horizon, which no truncation repairs). MSER-5 also finds no stable stretch, or a
/// late one, in a series that is merely noisy (sick leave, with its months-long spells in a small unit); such a
/// series is called a drift only if its second half differs from its first beyond the 95 % CI of the paired
/// difference over replications, and otherwise noisy.
/// </summary>
public static class WarmupDiagnostic
{
    public const string Policy = "none: the run starts from the unit's steady state and every figure covers the whole horizon";

    /// <summary>The monthly series checked: caseload, workload, strain, absence and cost.</summary>
    public static readonly IReadOnlyList<string> Columns = ["households", "cases_per_fte", "utilisation", "strain_mean", "sick_pct", "cost_sek"];

    /// <summary>How a series behaves over the horizon.</summary>
    public enum Shape { Settled, StartUp, Drift, Noisy }

    /// <summary>The second half's mean against the first's, relative, with the 95 % CI half-width of the paired difference over replications.</summary>
    public sealed record Halves(double Change, double HalfWidth)
    {
        public bool Significant => Math.Abs(Change) > HalfWidth;
    }

    /// <summary>
    /// One series: its MSER-5 truncation; the start-up's size, the mean level of the months before the truncation
    /// point relative to the level after it (0.02: 2 % above; NaN when there is nothing to compare); and, when
    /// replications are at hand, its halves compared (null: not known, and no stable stretch counts as a drift).
    /// </summary>
    public sealed record Column(string Name, Mser5.Truncation Truncation, double Move = double.NaN, Halves? Halves = null)
    {
        public Shape Shape =>
            Truncation.Reliable && Truncation.Observations <= Truncation.Length / 10 ? Shape.Settled
            : Truncation.Reliable && Truncation.Observations <= Truncation.Length / 4 ? Shape.StartUp
            : Halves is { Significant: false } ? Shape.Noisy
            : Shape.Drift;
    }

    public static IReadOnlyList<Column> Compute(IReadOnlyList<ReplicationResult> results)
    {
        if (results.Count == 0 || results[0].Monthly.Rows.Count == 0)
            return [];
        var names = results[0].Monthly.Columns;
        var months = results.Min(r => r.Monthly.Rows.Count);
        var list = new List<Column>();
        foreach (var name in Columns)
        {
            var c = IndexOf(names, name);
            if (c < 0)
                continue;
            var mean = new double[months];
            for (var m = 0; m < months; m++)
            {
                var sum = 0.0;
                foreach (var r in results)
                    sum += r.Monthly.Rows[m][c];
                mean[m] = sum / results.Count;
            }
            var truncation = Mser5.Compute(mean);
            list.Add(new Column(name, truncation, Move(mean, truncation.Observations), CompareHalves(results, c, months)));
        }
        return list;
    }

    /// <summary>Each replication's second-half mean less its first-half mean, relative to the first half's mean level.</summary>
    private static Halves? CompareHalves(IReadOnlyList<ReplicationResult> results, int column, int months)
    {
        int half = months / 2;
        if (results.Count < 2 || half < 1)
            return null;
        var differences = new double[results.Count];
        double level = 0;
        for (var r = 0; r < results.Count; r++)
        {
            double first = 0, second = 0;
            for (var m = 0; m < 2 * half; m++)
            {
                if (m < half) first += results[r].Monthly.Rows[m][column];
                else second += results[r].Monthly.Rows[m][column];
            }
            differences[r] = (second - first) / half;
            level += first / half / results.Count;
        }
        if (Math.Abs(level) < 1e-12)
            return null;
        var n = differences.Length;
        var mean = differences.Average();
        var sd = Math.Sqrt(differences.Sum(d => (d - mean) * (d - mean)) / (n - 1));
        var t = StudentT.InvCDF(0, 1, n - 1, 0.975);
        return new Halves(mean / level, t * sd / Math.Sqrt(n) / Math.Abs(level));
    }

    /// <summary>The mean of the first <paramref name="cut"/> months relative to the mean of the rest, less 1.</summary>
    public static double Move(IReadOnlyList<double> series, int cut)
    {
        if (cut <= 0 || cut >= series.Count)
            return double.NaN;
        double before = 0, after = 0;
        for (var m = 0; m < series.Count; m++)
        {
            if (m < cut) before += series[m];
            else after += series[m];
        }
        before /= cut;
        after /= series.Count - cut;
        return Math.Abs(after) > 1e-12 ? before / after - 1 : double.NaN;
    }

    /// <summary>Two lines for people: the policy, then what MSER-5 says of the series.</summary>
    public static string Describe(IReadOnlyList<Column> columns)
    {
        if (columns.Count == 0)
            return $"Warm-up: {Policy} (no monthly series to check).";
        return $"Warm-up: {Policy}.{Environment.NewLine}MSER-5 on the mean monthly series ({columns[0].Truncation.Length} months): {Verdict(columns)}.";
    }

    /// <summary>For several scenarios run side by side: the policy once, then one line per scenario.</summary>
    public static IEnumerable<string> Describe(IReadOnlyList<(string Name, IReadOnlyList<Column> Columns)> scenarios)
    {
        if (scenarios.All(s => s.Columns.Count == 0))
        {
            yield return $"Warm-up: {Policy} (no monthly series to check).";
            yield break;
        }
        var length = scenarios.First(s => s.Columns.Count > 0).Columns[0].Truncation.Length;
        yield return $"Warm-up: {Policy}. MSER-5 on each scenario's mean monthly series ({length} months):";
        foreach (var (name, columns) in scenarios.Where(s => s.Columns.Count > 0))
            yield return $"  {name}: {Verdict(columns)}.";
    }

    private static string Verdict(IReadOnlyList<Column> columns)
    {
        var parts = new List<string>();
        var startUp = columns.Where(c => c.Shape == Shape.StartUp).ToList();
        if (startUp.Count > 0)
        {
            var shortest = startUp.Min(c => c.Truncation.Observations);
            var longest = startUp.Max(c => c.Truncation.Observations);
            var span = shortest == longest ? $"{shortest}" : $"{shortest}–{longest}";
            var sizes = string.Join(", ", startUp.Select(c => $"{c.Name}{Size(c.Move)}"));
            parts.Add($"start-up transient of about {span} months (its level against the rest's: {sizes}); figures include it");
        }
        var drift = columns.Where(c => c.Shape == Shape.Drift).Select(c => c.Name).ToList();
        if (drift.Count > 0)
            parts.Add($"{string.Join(", ", drift)} {(drift.Count == 1 ? "drifts" : "drift")} over the horizon (a trend, not a start-up): read as horizon averages");
        foreach (var c in columns.Where(c => c.Shape == Shape.Noisy))
            parts.Add(string.Create(CultureInfo.InvariantCulture,
                $"{c.Name} noisy but without a trend (second half against first {Size(c.Halves!.Change).Trim()} ± {100 * c.Halves.HalfWidth:0.0} %)"));
        var settled = columns.Where(c => c.Shape == Shape.Settled).Select(c => c.Name).ToList();
        if (settled.Count == columns.Count)
            parts.Add("every series is settled from the start");
        else if (settled.Count > 0)
            parts.Add($"{string.Join(", ", settled)} settled from the start");
        return string.Join("; ", parts);
    }

    /// <summary>" +2.1 %": the start-up's level against the level after it.</summary>
    private static string Size(double move) =>
        double.IsNaN(move) ? "" : string.Create(CultureInfo.InvariantCulture, $" {(move >= 0 ? "+" : "−")}{Math.Abs(100 * move):0.0} %");

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
                return i;
        }
        return -1;
    }
}
