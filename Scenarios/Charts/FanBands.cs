using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Charts;

/// <summary>One month of a fan chart: the median and the middle 50 % and 90 % of the replications' values.</summary>
public sealed record FanBand(int Month, double P05, double P25, double Median, double P75, double P95);

/// <summary>One scenario's fan over the months, and the changes at a date its scenario file makes (marked on the chart).</summary>
public sealed record FanSeries(string Scenario, IReadOnlyList<FanBand> Bands)
{
    public IReadOnlyList<ChangeMark> Changes { get; init; } = [];
}

/// <summary>A fan chart's data: one metric over months, for one or more scenarios.</summary>
/// <param name="Id">A file-name-safe id ("fan-households").</param>
public sealed record FanChartData(string Id, string Title, string Unit, DateOnly Start, int Replications, IReadOnlyList<FanSeries> Series);

/// <summary>Quantiles across replications, month by month.</summary>
public static class FanBands
{
    /// <summary>
    /// The bands of one metric over the replications' monthly series. A month where no replication has a finite
    /// value is left out; months are those of the longest series.
    /// </summary>
    public static IReadOnlyList<FanBand> From(IReadOnlyList<ReplicationSeries> replications, MonthlyMetric metric)
    {
        var values = replications.Select(r => metric.Values(r.Series)).ToList();
        var months = values.Count == 0 ? 0 : values.Max(v => v.Length);
        var bands = new List<FanBand>(months);
        var column = new List<double>(values.Count);
        for (int m = 0; m < months; m++)
        {
            column.Clear();
            foreach (var v in values)
            {
                if (m < v.Length && double.IsFinite(v[m]))
                    column.Add(v[m]);
            }
            if (column.Count == 0)
                continue;
            column.Sort();
            bands.Add(new FanBand(m, Quantile(column, 0.05), Quantile(column, 0.25), Quantile(column, 0.5),
                Quantile(column, 0.75), Quantile(column, 0.95)));
        }
        return bands;
    }

    /// <summary>The q-quantile of sorted values, interpolated linearly between order statistics (Hyndman–Fan type 7, R's default).</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double q)
    {
        if (sorted.Count == 0)
            return double.NaN;
        var position = q * (sorted.Count - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
