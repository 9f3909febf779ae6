using Planner.Scenarios.Experiments;
using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Charts;

/// <summary>Cost per calendar year from the monthly series: each replication's year sums, then means over replications.</summary>
public static class YearlyCosts
{
    /// <summary>
    /// The scenario's cost by calendar year: from its calendar-year figures when the results carry them, otherwise
    /// summed from the monthly series (empty without either).
    /// </summary>
    public static IReadOnlyList<YearCost> Of(ScenarioData scenario) =>
        scenario.Yearly.Any(y => y.Get(YearlyCatalogue.CostSek) is not null) ? FromYearly(scenario.Yearly) : FromMonthly(scenario.StartDate, scenario.Monthly);

    /// <summary>
    /// From the yearly figures: the total is the year's cost (not annualised) with its CI; a component's
    /// `…_per_year` figure is annualised in a part year, so it is scaled back by months ÷ 12.
    /// </summary>
    public static IReadOnlyList<YearCost> FromYearly(IReadOnlyList<YearEstimates> yearly)
    {
        var result = new List<YearCost>();
        foreach (var y in yearly)
        {
            if (y.Get(YearlyCatalogue.CostSek) is not { } total)
                continue;
            var parts = new List<CostPart>();
            foreach (var c in CostComponents.All)
            {
                if (y.Get(c.MetricKey) is { } part && double.IsFinite(part.Mean))
                    parts.Add(new CostPart(c.Id, part.Mean * y.Months / 12.0));
            }
            var rest = total.Mean - parts.Sum(p => p.Mean);
            if (parts.Count == 0 || Math.Abs(rest) > 1e-6 * Math.Max(1, Math.Abs(total.Mean)))
                parts.Add(new CostPart(CostComponents.Other, rest));
            result.Add(new YearCost(y.Year, y.Months, parts, total.Mean, total.CiLow, total.CiHigh));
        }
        return result;
    }

    public static IReadOnlyList<YearCost> FromMonthly(DateOnly start, IReadOnlyList<ReplicationSeries> replications)
    {
        if (replications.Count == 0)
            return [];
        var columns = replications[0].Series.Columns;
        var present = CostComponents.All.Where(c => columns.Contains(c.MonthlyColumn)).ToList();
        // Per replication: year → (months, total, each component).
        var perReplication = replications.Select(r => Sums(start, r, present)).ToList();
        var years = perReplication.SelectMany(p => p.Keys).Distinct().Order().ToList();
        var result = new List<YearCost>(years.Count);
        foreach (var year in years)
        {
            var rows = perReplication.Where(p => p.ContainsKey(year)).Select(p => p[year]).ToList();
            var totals = rows.Select(r => r.Total).ToList();
            var (mean, _, half) = Summaries.Interval(totals);
            var parts = new List<CostPart>();
            for (int c = 0; c < present.Count; c++)
                parts.Add(new CostPart(present[c].Id, rows.Average(r => r.Parts[c])));
            // What the components leave unexplained (none when the columns add up, as the model's do).
            var rest = mean - parts.Sum(p => p.Mean);
            if (present.Count == 0 || Math.Abs(rest) > 1e-6 * Math.Max(1, Math.Abs(mean)))
                parts.Add(new CostPart(CostComponents.Other, rest));
            result.Add(new YearCost(year, rows.Max(r => r.Months), parts, mean, mean - half, mean + half));
        }
        return result;
    }

    private sealed record YearSum(int Months, double Total, double[] Parts);

    private static Dictionary<int, YearSum> Sums(DateOnly start, ReplicationSeries replication, IReadOnlyList<CostComponents.Component> present)
    {
        var total = MonthlyMetrics.Column(replication.Series, CostComponents.TotalColumn);
        var parts = present.Select(c => MonthlyMetrics.Column(replication.Series, c.MonthlyColumn)).ToList();
        var sums = new Dictionary<int, YearSum>();
        for (int m = 0; m < total.Length; m++)
        {
            var year = start.AddMonths(m).Year;
            if (!sums.TryGetValue(year, out var sum))
                sums[year] = sum = new YearSum(0, 0, new double[present.Count]);
            for (int c = 0; c < present.Count; c++)
                sum.Parts[c] += parts[c][m];
            sums[year] = sum with { Months = sum.Months + 1, Total = sum.Total + total[m] };
        }
        return sums;
    }
}
