using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace Planner.Scenarios.Charts;

/// <summary>
/// A fan chart over months: each scenario's median as a line, the middle 50 % of replications as a dark band and
/// the middle 90 % as a light one, in the scenario's colour.
/// </summary>
public static class FanChart
{
    /// <summary>The fan of one metric for every scenario that has monthly series.</summary>
    public static FanChartData Data(ResultData data, MonthlyMetric metric, Texts texts)
    {
        var series = data.Scenarios.Where(s => s.Monthly.Count > 0)
            .Select(s => new FanSeries(s.Name, FanBands.From(s.Monthly, metric)))
            .ToList();
        var replications = data.Scenarios.Select(s => s.Monthly.Count).DefaultIfEmpty(0).Max();
        return new FanChartData("fan-" + metric.Id, metric.Label(texts), metric.Unit(texts), data.Reference.StartDate, replications, series);
    }

    public static Chart Build(FanChartData fan, Texts texts)
    {
        var model = ChartStyle.Model(fan.Title, texts.Format("fan.subtitle", fan.Replications));
        var all = fan.Series.SelectMany(s => s.Bands).ToList();
        var low = all.Count > 0 ? all.Min(b => b.P05) : 0;
        var high = all.Count > 0 ? all.Max(b => b.P95) : 1;
        var months = all.Count > 0 ? all.Max(b => b.Month) + 1 : 1;
        model.Axes.Add(ChartStyle.MonthAxis(fan.Start, months, texts));
        // The title names the metric; the axis says its unit.
        model.Axes.Add(ChartStyle.ValueAxis(AxisPosition.Left, fan.Unit, "", texts, low, high));

        // Bands first (the light one under the dark one), then every median on top of all bands.
        for (int i = 0; i < fan.Series.Count; i++)
        {
            var color = ChartStyle.ScenarioColor(i);
            model.Series.Add(Band(fan.Series[i], b => b.P05, b => b.P95, ChartStyle.Faded(color, 45), SeriesTags.Band90));
            model.Series.Add(Band(fan.Series[i], b => b.P25, b => b.P75, ChartStyle.Faded(color, 90), SeriesTags.Band50));
        }
        for (int i = 0; i < fan.Series.Count; i++)
        {
            var median = new LineSeries
            {
                Title = fan.Series.Count > 1 ? fan.Series[i].Scenario : $"{fan.Series[i].Scenario}: {texts["median"]}",
                Color = ChartStyle.ScenarioColor(i),
                StrokeThickness = 2.2,
                Tag = SeriesTags.Median,
            };
            median.Points.AddRange(fan.Series[i].Bands.Select(b => new DataPoint(b.Month, b.Median)));
            model.Series.Add(median);
        }
        return new Chart(fan.Id, fan.Title, model);
    }

    private static AreaSeries Band(FanSeries series, Func<FanBand, double> lower, Func<FanBand, double> upper, OxyColor fill, string tag)
    {
        var area = new AreaSeries
        {
            Color = OxyColors.Transparent,
            Color2 = OxyColors.Transparent,
            Fill = fill,
            StrokeThickness = 0,
            RenderInLegend = false,
            Tag = tag,
            Title = series.Scenario,
        };
        area.Points.AddRange(series.Bands.Select(b => new DataPoint(b.Month, upper(b))));
        area.Points2.AddRange(series.Bands.Select(b => new DataPoint(b.Month, lower(b))));
        return area;
    }
}
