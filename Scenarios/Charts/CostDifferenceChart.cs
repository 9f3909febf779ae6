using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;
using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Charts;

/// <summary>
/// What drives a design's cost: the paired difference from the first scenario of each cost component per year
/// (benefits, staff, consultants…) and of the total, with 95 % CIs, one bar per later scenario. "FAS costs more in
/// staff and saves in benefits" reads straight off it.
/// </summary>
public static class CostDifferenceChart
{
    public const string Id = "cost-differences";

    /// <summary>The components some scenario's difference is not zero for, then the total.</summary>
    public static IReadOnlyList<string> Metrics(ResultData data)
    {
        var components = CostComponents.All.Select(c => c.MetricKey)
            .Where(k => data.Differences.Any(d => d.Key == k && double.IsFinite(d.Mean) && d.Mean != 0)).ToList();
        return data.Differences.Any(d => d.Key == MetricCatalogue.TotalCostPerYear) ? [.. components, MetricCatalogue.TotalCostPerYear] : components;
    }

    public static Chart Build(ResultData data, Texts texts)
    {
        var reference = data.Reference.Name;
        var title = texts.Format("costdiff.title", reference);
        var model = ChartStyle.Model(title, texts["costdiff.subtitle"]);
        var metrics = Metrics(data);
        var others = data.Scenarios.Skip(1).Select(s => s.Name).ToList();
        var labels = metrics.Select(k => k == MetricCatalogue.TotalCostPerYear ? texts.Metric(k) : texts[CostComponents.TextId(CostComponents.All.First(c => c.MetricKey == k).Id)]).ToList();
        model.Axes.Add(new LinearAxis
        {
            Position = AxisPosition.Bottom,
            Minimum = -0.6,
            Maximum = metrics.Count - 0.4,
            MajorStep = 1,
            MinorTickSize = 0,
            LabelFormatter = v => Math.Abs(v - Math.Round(v)) < 1e-9 && v >= 0 && v < labels.Count ? labels[(int)Math.Round(v)] : "",
            IsPanEnabled = false,
            IsZoomEnabled = false,
        });
        var values = data.Differences.Where(d => metrics.Contains(d.Key)).SelectMany(d => new[] { d.CiLow, d.CiHigh, d.Mean })
            .Where(double.IsFinite).Select(v => v / 1e6).DefaultIfEmpty(0).ToList();
        var low = Math.Min(0, values.Min());
        var high = Math.Max(0, values.Max());
        var axis = ChartStyle.ValueAxis(AxisPosition.Left, texts.Format("costdiff.axis", reference), texts["unit.msek.year"], texts, low, high);
        axis.LabelFormatter = v => texts.Numbers.Signed(v, ChartStyle.AxisDecimals(low, high));
        // Set, not left to the series: OxyPlot's automatic range ignores the error bars.
        var pad = Math.Max(high - low, 1e-9) * 0.06;
        axis.Minimum = low - pad;
        axis.Maximum = high + pad;
        model.Axes.Add(axis);
        model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Horizontal, Y = 0, Color = OxyColor.FromRgb(0x44, 0x44, 0x44), StrokeThickness = 1.2, LineStyle = LineStyle.Solid });

        var width = 0.7 / Math.Max(1, others.Count);
        for (int s = 0; s < others.Count; s++)
        {
            var bars = new RectangleBarSeries { Title = others[s], FillColor = ChartStyle.ScenarioColor(s + 1), StrokeThickness = 0, Tag = SeriesTags.Difference };
            var ci = new ScatterErrorSeries
            {
                MarkerType = MarkerType.None,
                ErrorBarColor = OxyColor.FromRgb(0x22, 0x22, 0x22),
                ErrorBarStrokeThickness = 1.3,
                ErrorBarStopWidth = 4,
                RenderInLegend = false,
            };
            for (int m = 0; m < metrics.Count; m++)
            {
                var d = data.Differences.FirstOrDefault(x => x.Key == metrics[m] && x.Scenario == others[s]);
                if (d is null || !double.IsFinite(d.Mean))
                    continue;
                var left = m - 0.35 + s * width;
                var mean = d.Mean / 1e6;
                bars.Items.Add(new RectangleBarItem(left, Math.Min(0, mean), left + width, Math.Max(0, mean)));
                if (double.IsFinite(d.CiHigh))
                    ci.Points.Add(ConfidenceBars.Vertical(left + width / 2, mean, d.CiLow / 1e6, d.CiHigh / 1e6));
            }
            model.Series.Add(bars);
            model.Series.Add(ci);
        }
        return new Chart(Id, title, model);
    }
}
