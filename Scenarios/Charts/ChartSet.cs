using Planner.Scenarios.Files;

namespace Planner.Scenarios.Charts;

/// <summary>
/// The full set of charts for a run or a comparison, in reading order: the fan charts over months, the cost per
/// year of each scenario, the paired differences and the cost difference by component (comparisons only) and the
/// strain distribution over posts.
/// Charts whose data the results lack (no monthly series, an older folder) are left out, not drawn empty.
/// </summary>
public static class ChartSet
{
    public static IReadOnlyList<Chart> All(ResultData data, Texts texts)
    {
        var charts = new List<Chart>();
        charts.AddRange(Fans(data, texts));
        charts.AddRange(Costs(data, texts));
        if (Differences(data, texts) is { } differences)
            charts.Add(differences);
        if (CostDifferences(data, texts) is { } costs)
            charts.Add(costs);
        if (Strain(data, texts) is { } strain)
            charts.Add(strain);
        return charts;
    }

    /// <summary>One fan chart per monthly metric that at least one scenario has values for.</summary>
    public static IReadOnlyList<Chart> Fans(ResultData data, Texts texts) =>
        MonthlyMetrics.All
            .Select(metric => FanChart.Data(data, metric, texts))
            .Where(fan => fan.Series.Any(s => s.Bands.Count > 0))
            .Select(fan => FanChart.Build(fan, texts))
            .ToList();

    /// <summary>One stacked cost chart per scenario ("cost-per-year" for a run, "cost-per-year-NAME" in a comparison).</summary>
    public static IReadOnlyList<Chart> Costs(ResultData data, Texts texts) =>
        data.Scenarios
            .Select(s => (Scenario: s, Years: YearlyCosts.Of(s)))
            .Where(x => x.Years.Count > 0)
            .Select(x => CostChart.Build(x.Scenario.Name, x.Years, texts,
                data.IsComparison ? "cost-per-year-" + ResultFolderName.From(x.Scenario.Name) : "cost-per-year"))
            .ToList();

    public static Chart? Differences(ResultData data, Texts texts) =>
        data.IsComparison && DifferenceChart.Metrics(data).Count > 0 ? DifferenceChart.Build(data, texts) : null;

    /// <summary>The cost difference by component from the first scenario (comparisons only).</summary>
    public static Chart? CostDifferences(ResultData data, Texts texts) =>
        data.IsComparison && CostDifferenceChart.Metrics(data).Count > 1 ? CostDifferenceChart.Build(data, texts) : null;

    public static Chart? Strain(ResultData data, Texts texts)
    {
        var distributions = StrainChart.Data(data);
        return distributions.Count > 0 ? StrainChart.Build(distributions, texts) : null;
    }
}
