using Planner.Scenarios.Experiments;
using Planner.Simulation.Metrics;
using Spectre.Console;

namespace Planner.Scenarios.Cli;

/// <summary>
/// A comparison year by year: for each calendar year, each scenario's cost and households with their 95 % CI
/// and, below, Δ = the paired difference from the first scenario with its 95 % CI (* when it excludes 0).
/// </summary>
public static class YearlyComparisonTable
{
    /// <summary>The rows of each year: what it costs, and how many households it serves.</summary>
    public static readonly string[] Rows =
    [
        MetricCatalogue.TotalCostPerYear, YearlyCatalogue.HouseholdsDuringYear, MetricCatalogue.HouseholdsActive,
    ];

    public static void Write(IAnsiConsole console, ComparisonResult result)
    {
        var years = YearlySummaries.Years([.. result.Scenarios.SelectMany(s => s.Results)]);
        if (years.Count == 0) return;
        var summaries = result.Scenarios.Select(s => YearlySummaries.Summarise(s.Results)).ToList();
        var table = new Table().Border(console.Profile.Capabilities.Unicode ? TableBorder.Rounded : TableBorder.Ascii);
        table.AddColumn("Year");
        table.AddColumn("Figure");
        table.AddColumn("Unit");
        foreach (var s in result.Scenarios)
            table.AddColumn(new TableColumn(Markup.Escape(s.Scenario.Name)).RightAligned());
        foreach (var year in years)
        {
            bool first = true;
            foreach (var key in Rows)
            {
                var definition = YearlyCatalogue.Find(key)!;
                var means = summaries.Select(s => s.FirstOrDefault(y => y.Year == year)?.Get(key)).ToList();
                var reference = means.Select(m => m?.Mean ?? double.NaN).Where(double.IsFinite).Select(Math.Abs).DefaultIfEmpty(0).Max();
                var (unit, format) = SummaryTable.DisplayFormat(definition.Unit, reference);
                var months = summaries[0].FirstOrDefault(y => y.Year == year)?.MonthsInYear ?? 12;
                // Beside the households during the year, the catalogue's "Households" needs saying which.
                var label = key == MetricCatalogue.HouseholdsActive ? "Households in an average month" : definition.Label;
                var cells = new List<string> { first ? (months == 12 ? $"{year}" : $"{year} ({months} mo)") : "", label, unit };
                for (int i = 0; i < result.Scenarios.Count; i++)
                {
                    var d = i == 0 ? null : YearlySummaries.Paired(year, key, result.Scenarios[0].Results, result.Scenarios[i].Results);
                    cells.Add(ComparisonTable.Cell(format, means[i], d));
                }
                table.AddRow(cells.Select(Markup.Escape).ToArray());
                first = false;
            }
        }
        console.WriteLine("Year by year (Δ: paired difference from the first, 95 % CI; * the CI excludes 0):");
        console.Write(table);
    }
}
