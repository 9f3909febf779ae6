using System.Globalization;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;
using Planner.Simulation.Metrics;
using Spectre.Console;

namespace Planner.Scenarios.Cli;

/// <summary>
/// A comparison for people: one column per scenario, one row per headline metric, then the metrics the
/// designs act on. Each cell holds the mean and its 95 % CI; below it, for every scenario after the
/// first, Δ = the paired difference from the first with its 95 % CI, marked * when the CI excludes 0.
/// </summary>
public static class ComparisonTable
{
    /// <summary>Metrics besides the headline ones that say what a design did (output, cover, cost).</summary>
    private static readonly string[] DesignRows =
    [
        MetricCatalogue.MeetingsPerWorkerMonth, MetricCatalogue.PartnerHoursPerHouseholdMonth, MetricCatalogue.RefusalsPerYear,
        MetricCatalogue.HandoversPerHousehold, MetricCatalogue.BacklogHours, .. MetricCatalogue.Declared.Select(m => m.Key),
    ];

    public static void WriteHeader(IAnsiConsole console, CliContext context, IReadOnlyList<(string File, Scenario Scenario)> scenarios, RunSettings run)
    {
        var line = $"Comparing {scenarios.Count} scenarios under common random numbers: {run.Replications} replications of "
                   + $"{Invariant.Number(run.Years)} years, seed {run.Seed}; differences from {scenarios[0].Scenario.Name}";
        console.WriteLine(line);
        foreach (var (file, scenario) in scenarios)
        {
            var text = scenario.Description.Length > 0 ? $"  {scenario.Name} ({file}): {FirstSentence(scenario.Description)}" : $"  {scenario.Name} ({file})";
            if (context.Interactive) console.MarkupLine($"[grey]{Markup.Escape(text)}[/]");
            else console.WriteLine(text);
            if (scenario.Run != run)
                console.WriteLine($"  note: {scenario.Name} runs with the comparison's run settings, not its own "
                                  + $"({scenario.Run.Replications} replications of {Invariant.Number(scenario.Run.Years)} years, seed {scenario.Run.Seed})");
        }
    }

    public static void Write(IAnsiConsole console, ComparisonResult result)
    {
        var table = NewTable(console, result);
        foreach (var m in MetricCatalogue.Headline)
            AddRow(table, result, m.Key);
        console.Write(table);

        var rows = DesignRows.Where(k => Shows(result, k)).ToList();
        if (rows.Count == 0) return;
        var design = NewTable(console, result);
        foreach (var key in rows)
            AddRow(design, result, key);
        console.WriteLine("What the designs act on (Δ: paired difference from the first, 95 % CI; * the CI excludes 0):");
        console.Write(design);
    }

    /// <summary>The description's first sentence: the table is the point here, the file has the rest.</summary>
    private static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        var sentence = end > 0 ? text[..(end + 1)] : text;
        return sentence.Length <= 200 ? sentence : sentence[..199] + "…";
    }

    private static Table NewTable(IAnsiConsole console, ComparisonResult result)
    {
        var table = new Table().Border(console.Profile.Capabilities.Unicode ? TableBorder.Rounded : TableBorder.Ascii);
        table.AddColumn("Metric");
        table.AddColumn("Unit");
        foreach (var s in result.Scenarios)
            table.AddColumn(new TableColumn(Markup.Escape(s.Scenario.Name)).RightAligned());
        return table;
    }

    /// <summary>A metric is shown when some scenario has a value other than zero for it.</summary>
    private static bool Shows(ComparisonResult result, string key) =>
        result.MetricKeys.Contains(key)
        && Enumerable.Range(0, result.Scenarios.Count).Any(i => result.Summary(i, key) is { Mean: var m } && double.IsFinite(m) && m != 0);

    private static void AddRow(Table table, ComparisonResult result, string key)
    {
        if (!result.MetricKeys.Contains(key)) return;
        var first = result.Summary(0, key);
        // One scale for the row, chosen from its largest mean, so a baseline's 0 does not pick SEK for a row of millions.
        var reference = Enumerable.Range(0, result.Scenarios.Count).Select(i => result.Summary(i, key).Mean)
            .Where(double.IsFinite).Select(Math.Abs).DefaultIfEmpty(0).Max();
        var (unit, format) = SummaryTable.DisplayFormat(first.Unit, reference);
        var cells = new List<string> { Markup.Escape(first.Label), Markup.Escape(unit) };
        for (int i = 0; i < result.Scenarios.Count; i++)
            cells.Add(Markup.Escape(Cell(format, result.Summary(i, key), result.Difference(i, key))));
        table.AddRow(cells.ToArray());
    }

    /// <summary>A scenario's cell: mean [95 % CI] and, for scenarios after the first, Δ [95 % CI] with * when the CI excludes 0.</summary>
    internal static string Cell(Func<double, string> format, MetricSummary? m, MetricDifference? d)
    {
        var text = m is not null && double.IsFinite(m.Mean) ? $"{format(m.Mean)} [{Interval(format, m.CiLow, m.CiHigh, m.HalfWidth)}]" : "–";
        if (d is not null)
            text += "\n" + (double.IsFinite(d.Mean) && d.N > 0
                ? $"Δ {Signed(format, d.Mean)} [{Interval(format, d.CiLow, d.CiHigh, d.HalfWidth)}]{(d.Clear ? "*" : " ")}"
                : "Δ –");
        return text;
    }

    private static string Interval(Func<double, string> format, double low, double high, double half) =>
        double.IsFinite(half) ? $"{format(low)}, {format(high)}" : "–";

    private static string Signed(Func<double, string> format, double value)
    {
        var text = format(value);
        return value > 0 && !text.StartsWith('-') ? "+" + text : text;
    }

}
