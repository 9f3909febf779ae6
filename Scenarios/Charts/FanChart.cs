using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace Planner.Scenarios.Charts;

/// <summary>
/// A fan chart over months: the median as a line, the middle 50 % of replications as a dark band and the middle
/// 90 % as a light one. With several scenarios each gets a panel of its own on the same scale (overlapping fans
/// would hide each other), and the first scenario's median is repeated as a dashed grey line in the others' panels.
/// </summary>
public static class FanChart
{
    /// <summary>The fan of one metric for every scenario that has monthly series.</summary>
    public static FanChartData Data(ResultData data, MonthlyMetric metric, Texts texts)
    {
        var series = data.Scenarios.Where(s => s.Monthly.Count > 0)
            .Select(s => new FanSeries(s.Name, FanBands.From(s.Monthly, metric)) { Changes = ScenarioChanges.Marks(s, texts) })
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

        var panels = Math.Max(1, fan.Series.Count);
        var padding = (high - low) * 0.06 + (high == low ? 1 : 0);
        for (int i = 0; i < fan.Series.Count; i++)
        {
            var key = "y" + i;
            // The title names the metric; the axis says its unit. Panels share one scale, top to bottom in scenario order.
            var axis = ChartStyle.ValueAxis(AxisPosition.Left, fan.Unit, "", texts, low, high);
            axis.Key = key;
            if (panels > 1)
            {
                const double gap = 0.08;
                axis.StartPosition = (panels - 1 - i) / (double)panels + (i == panels - 1 ? 0 : gap / 2);
                axis.EndPosition = (panels - i) / (double)panels - (i == 0 ? 0 : gap / 2);
                axis.Minimum = low - padding;
                axis.Maximum = high + padding;
                model.Annotations.Add(new TextAnnotation
                {
                    Text = fan.Series[i].Scenario,
                    TextPosition = new DataPoint(0, high + padding),
                    TextHorizontalAlignment = HorizontalAlignment.Left,
                    TextVerticalAlignment = VerticalAlignment.Top,
                    YAxisKey = key,
                    Stroke = OxyColors.Transparent,
                    Background = OxyColor.FromAColor(200, OxyColors.White),
                    FontWeight = FontWeights.Bold,
                    TextColor = ChartStyle.ScenarioColor(i),
                    Padding = new OxyThickness(4, 2, 4, 2),
                });
            }
            model.Axes.Add(axis);
            foreach (var change in fan.Series[i].Changes)
            {
                model.Annotations.Add(new LineAnnotation
                {
                    Type = LineAnnotationType.Vertical,
                    X = change.Month,
                    YAxisKey = key,
                    Color = OxyColor.FromRgb(0x33, 0x33, 0x33),
                    LineStyle = LineStyle.Dash,
                    StrokeThickness = 1,
                    Text = change.Label,
                    TextColor = OxyColor.FromRgb(0x33, 0x33, 0x33),
                    TextOrientation = AnnotationTextOrientation.Horizontal,
                    TextHorizontalAlignment = HorizontalAlignment.Left,
                    TextVerticalAlignment = VerticalAlignment.Bottom,
                    TextLinePosition = 0.02,
                    TextMargin = 3,
                    FontSize = 11,
                });
            }

            var color = ChartStyle.ScenarioColor(i);
            model.Series.Add(Band(fan.Series[i], b => b.P05, b => b.P95, ChartStyle.Faded(color, 55), SeriesTags.Band90, key));
            model.Series.Add(Band(fan.Series[i], b => b.P25, b => b.P75, ChartStyle.Faded(color, 110), SeriesTags.Band50, key));
            if (i > 0)
            {
                var reference = new LineSeries
                {
                    Title = $"{fan.Series[0].Scenario}: {texts["median"]}",
                    RenderInLegend = i == 1,
                    Color = OxyColor.FromRgb(0x66, 0x66, 0x66),
                    LineStyle = LineStyle.Dash,
                    StrokeThickness = 1.3,
                    YAxisKey = key,
                    Tag = SeriesTags.ReferenceMedian,
                };
                reference.Points.AddRange(fan.Series[0].Bands.Select(b => new DataPoint(b.Month, b.Median)));
                model.Series.Add(reference);
            }
            var median = new LineSeries
            {
                Title = panels > 1 ? fan.Series[i].Scenario : $"{fan.Series[i].Scenario}: {texts["median"]}",
                Color = color,
                StrokeThickness = 2.2,
                YAxisKey = key,
                Tag = SeriesTags.Median,
            };
            median.Points.AddRange(fan.Series[i].Bands.Select(b => new DataPoint(b.Month, b.Median)));
            model.Series.Add(median);
        }
        var height = panels == 1 ? ChartStyle.Height : 220 + 170 * panels;
        return new Chart(fan.Id, fan.Title, model, ChartStyle.Width, height);
    }

    private static AreaSeries Band(FanSeries series, Func<FanBand, double> lower, Func<FanBand, double> upper, OxyColor fill, string tag, string axis)
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
            YAxisKey = axis,
        };
        area.Points.AddRange(series.Bands.Select(b => new DataPoint(b.Month, upper(b))));
        area.Points2.AddRange(series.Bands.Select(b => new DataPoint(b.Month, lower(b))));
        return area;
    }
}
