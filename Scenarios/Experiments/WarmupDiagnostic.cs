using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Experiments;

/// <summary>
/// How Planner treats warm-up, and the evidence. Planner answers planning questions over a horizon that
/// starts today, so it does not delete any months: the model starts from a steady-state caseload and staff
/// mix (Simulation/Model/InitialStock), and every figure is an average over the whole horizon. As a check,
/// MSER-5 is computed on the across-replication mean of the key monthly series; a truncation point near 0
/// confirms the start, a late one says the series drift over the horizon (a trend, not a start-up
/// transient), which the output then says in words.
/// </summary>
public static class WarmupDiagnostic
{
    public const string Policy = "none: the run starts from a steady-state caseload and staff mix and every figure covers the whole horizon";

    /// <summary>The monthly series checked: caseload, workload, strain, absence and cost.</summary>
    public static readonly IReadOnlyList<string> Columns = ["households", "cases_per_fte", "utilisation", "strain_mean", "sick_pct", "cost_sek"];

    public sealed record Column(string Name, Mser5.Truncation Truncation);

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
            list.Add(new Column(name, Mser5.Compute(mean)));
        }
        return list;
    }

    /// <summary>One line for people: the policy, then each series' MSER-5 truncation point.</summary>
    public static string Describe(IReadOnlyList<Column> columns)
    {
        if (columns.Count == 0)
            return $"Warm-up: {Policy} (no monthly series to check).";
        return $"Warm-up: {Policy}. MSER-5 truncation point on the mean monthly series {Legend(columns)}: {Points(columns)}; {Verdict(columns)}.";
    }

    /// <summary>For several scenarios run side by side: the policy once, then one line per scenario.</summary>
    public static IEnumerable<string> Describe(IReadOnlyList<(string Name, IReadOnlyList<Column> Columns)> scenarios)
    {
        if (scenarios.All(s => s.Columns.Count == 0))
        {
            yield return $"Warm-up: {Policy} (no monthly series to check).";
            yield break;
        }
        yield return $"Warm-up: {Policy}. MSER-5 truncation point on each scenario's mean monthly series {Legend(scenarios.First(s => s.Columns.Count > 0).Columns)}; "
                     + "a late one means a trend over the horizon, not a start-up transient: read those figures as horizon averages.";
        foreach (var (name, columns) in scenarios.Where(s => s.Columns.Count > 0))
        {
            var late = Late(columns);
            yield return $"  {name}: {Points(columns)}{(late.Count == 0 ? "; the start needs no truncation" : "")}.";
        }
    }

    private static string Legend(IReadOnlyList<Column> columns) =>
        $"(months of {columns[0].Truncation.Length}; + = no stable stretch found)";

    private static string Points(IReadOnlyList<Column> columns) =>
        string.Join(", ", columns.Select(c => $"{c.Name} {c.Truncation.Observations}{(c.Truncation.Reliable ? "" : "+")}"));

    private static string Verdict(IReadOnlyList<Column> columns)
    {
        var late = Late(columns);
        return late.Count == 0
            ? "the start needs no truncation"
            : $"{string.Join(", ", late)} drift over the horizon (a trend, not a start-up transient): read their figures as horizon averages";
    }

    /// <summary>Series whose truncation point is past the first tenth of the horizon, or not found.</summary>
    private static List<string> Late(IReadOnlyList<Column> columns)
    {
        var months = columns[0].Truncation.Length;
        return columns.Where(c => !c.Truncation.Reliable || c.Truncation.Observations > months / 10).Select(c => c.Name).ToList();
    }

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
