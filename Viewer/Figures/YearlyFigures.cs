using Planner.Scenarios.Experiments;
using Planner.Simulation.Metrics;

namespace Planner.Viewer.Figures;

/// <summary>One year of the horizon for one scenario: a figure's mean over replications and its 95 % CI.</summary>
public sealed record YearFigure(int Year, int Months, double Mean, double CiLow, double CiHigh);

/// <summary>
/// Year-by-year figures read from the monthly series every replication keeps: year k is months 12(k−1)+1 … 12k
/// from the start (the last year may be shorter, and says how many months it has). A sum over the year (cost)
/// or a mean over its months (households, cases per FTE), per replication, then mean and CI over replications.
/// </summary>
public static class YearlyFigures
{
    public const string Households = "households";
    public const string Cost = "cost_sek";
    public const string CasesPerFte = "cases_per_fte";

    public static IReadOnlyList<YearFigure> For(ComparedScenario scenario, string column, bool sum)
    {
        var perReplication = scenario.Results.Select(r => Years(r.Monthly, column, sum)).Where(y => y.Count > 0).ToList();
        if (perReplication.Count == 0)
            return [];
        var years = perReplication.Min(y => y.Count);
        var figures = new List<YearFigure>(years);
        for (var y = 0; y < years; y++)
        {
            var values = perReplication.Select(r => r[y].Value).Where(double.IsFinite).ToList();
            var (mean, _, half) = Summaries.Interval(values);
            figures.Add(new YearFigure(y + 1, perReplication[0][y].Months, mean, mean - half, mean + half));
        }
        return figures;
    }

    private static List<(int Months, double Value)> Years(MonthlySeries series, string column, bool sum)
    {
        var index = series.Columns.ToList().IndexOf(column);
        if (index < 0)
            return [];
        var years = new List<(int, double)>();
        for (var start = 0; start < series.Rows.Count; start += 12)
        {
            var months = Math.Min(12, series.Rows.Count - start);
            var total = 0.0;
            for (var m = start; m < start + months; m++)
                total += series.Rows[m][index];
            years.Add((months, sum ? total : total / months));
        }
        return years;
    }
}
