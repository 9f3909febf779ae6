using System.Globalization;
using Planner.Scenarios.Experiments;
using Planner.Simulation.Metrics;
using Spectre.Console;

namespace Planner.Scenarios.Cli;

/// <summary>
/// What a politician asks first: the cost of each calendar year, in total and per inhabitant, and what it is
/// made of. Every cell is the mean over replications with its 95 % CI (± half-width); a part year is annualised
/// and says how many months it holds.
/// </summary>
public static class YearlyCostTable
{
    private static readonly (string Key, string Header)[] Components =
    [
        (MetricCatalogue.BenefitCostPerYear, "Benefits"), (MetricCatalogue.StaffCostPerYear, "Staff"),
        (MetricCatalogue.ConsultantCostPerYear, "Consultants"), (MetricCatalogue.RecruitmentCostPerYear, "Recruitment"),
        (MetricCatalogue.IntroductionCostPerYear, "Introduction"), (MetricCatalogue.SickPayPerYear, "Sick pay"),
        (MetricCatalogue.DesignCostPerYear, "Designs"),
    ];

    public static void Write(IAnsiConsole console, IReadOnlyList<YearSummary> yearly)
    {
        if (yearly.Count == 0) return;
        var shown = Components.Where(c => yearly.Any(y => y.Get(c.Key) is { Mean: var m } && double.IsFinite(m) && m != 0)).ToList();
        var table = new Table().Border(console.Profile.Capabilities.Unicode ? TableBorder.Rounded : TableBorder.Ascii);
        table.AddColumn("Year");
        table.AddColumn(new TableColumn("Total, MSEK").RightAligned());
        table.AddColumn(new TableColumn("Per inhabitant, SEK").RightAligned());
        foreach (var c in shown)
            table.AddColumn(new TableColumn($"{c.Header}, MSEK").RightAligned());
        foreach (var y in yearly)
        {
            var cells = new List<string> { y.MonthsInYear == 12 ? Number(y.Year) : $"{Number(y.Year)} ({Number(y.MonthsInYear)} mo, annualised)" };
            cells.Add(Cell(y.Get(MetricCatalogue.TotalCostPerYear), 1e6, 1));
            cells.Add(Cell(y.Get(MetricCatalogue.CostPerInhabitant), 1, 0));
            cells.AddRange(shown.Select(c => Cell(y.Get(c.Key), 1e6, 1)));
            table.AddRow(cells.Select(Markup.Escape).ToArray());
        }
        console.WriteLine("Cost per calendar year (mean ± 95 % CI half-width over replications):");
        console.Write(table);
    }

    private static string Cell(MetricSummary? m, double scale, int decimals)
    {
        if (m is null || !double.IsFinite(m.Mean)) return "–";
        var mean = (m.Mean / scale).ToString("N" + decimals, CultureInfo.InvariantCulture);
        return double.IsFinite(m.HalfWidth) ? $"{mean} ± {(m.HalfWidth / scale).ToString("N" + decimals, CultureInfo.InvariantCulture)}" : mean;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
