using System.Globalization;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;
using Planner.Simulation.Metrics;
using Spectre.Console;

namespace Planner.Scenarios.Cli;

/// <summary>The headline metrics as a table for people: rounded, SEK in MSEK when large, shares in %.</summary>
public static class SummaryTable
{
    public static void WriteHeader(IAnsiConsole console, CliContext context, Scenario scenario)
    {
        var run = scenario.Run;
        var line = $"{scenario.Name}: {run.Replications} replications of {Invariant.Number(run.Years)} years, seed {run.Seed}";
        if (context.Interactive)
        {
            console.MarkupLine($"[bold]{Markup.Escape(line)}[/]");
            if (scenario.Description.Length > 0)
                console.MarkupLine($"[grey]{Markup.Escape(scenario.Description)}[/]");
        }
        else
        {
            console.WriteLine(line);
        }
    }

    public static void Write(IAnsiConsole console, IReadOnlyList<MetricSummary> summary)
    {
        var table = new Table().Border(console.Profile.Capabilities.Unicode ? TableBorder.Rounded : TableBorder.Ascii);
        table.AddColumn("Metric");
        table.AddColumn("Unit");
        table.AddColumn(new TableColumn("Mean").RightAligned());
        table.AddColumn(new TableColumn("95 % CI").RightAligned());
        table.AddColumn(new TableColumn("n").RightAligned());
        var byKey = summary.ToDictionary(m => m.Key, StringComparer.Ordinal);
        foreach (var headline in MetricCatalogue.Headline)
        {
            if (!byKey.TryGetValue(headline.Key, out var m))
                continue;
            var (unit, format) = DisplayFormat(m.Unit, m.Mean);
            var ci = double.IsFinite(m.HalfWidth) ? $"{format(m.CiLow)} – {format(m.CiHigh)}" : "–";
            table.AddRow(Markup.Escape(m.Label), Markup.Escape(unit), format(m.Mean), ci, m.N.ToString(CultureInfo.InvariantCulture));
        }
        console.Write(table);
    }

    /// <summary>The unit to show and how to format a value of that metric, chosen from the mean's size.</summary>
    public static (string Unit, Func<double, string> Format) DisplayFormat(string unit, double mean)
    {
        if (unit == "share")
            return ("%", v => Fixed(v * 100, 1));
        if (unit.StartsWith("SEK", StringComparison.Ordinal) && Math.Abs(mean) >= 1e6)
            return ("M" + unit, v => Fixed(v / 1e6, 1));
        if (unit.StartsWith("SEK", StringComparison.Ordinal))
            return (unit, v => Fixed(v, 0));
        var magnitude = Math.Abs(mean);
        var decimals = !double.IsFinite(magnitude) ? 2 : magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
        return (unit, v => Fixed(v, decimals));
    }

    private static string Fixed(double value, int decimals) =>
        double.IsFinite(value) ? value.ToString("N" + decimals, CultureInfo.InvariantCulture) : "–";
}
