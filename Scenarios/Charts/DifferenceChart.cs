using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;
using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Charts;

/// <summary>
/// A forest plot of paired differences from the first scenario: one row per headline metric, one dot with its
/// 95 % CI per later scenario, as a percentage of the reference's mean so that metrics in different units share
/// one axis. A filled dot: the CI excludes 0; an open one: the difference is within the noise.
/// </summary>
public static class DifferenceChart
{
    public const string Id = "differences";

    /// <summary>The metrics shown: the catalogue's headline metrics that every difference covers.</summary>
    public static IReadOnlyList<string> Metrics(ResultData data) =>
        MetricCatalogue.Headline.Select(m => m.Key).Where(k => data.Differences.Any(d => d.Key == k)).ToList();

    public static Chart Build(ResultData data, Texts texts)
    {
        var reference = data.Reference.Name;
        var title = texts.Format("diff.title", reference);
        var model = ChartStyle.Model(title, texts.Format("diff.subtitle", reference));
        var metrics = Metrics(data);
        var others = data.Scenarios.Skip(1).Select(s => s.Name).ToList();

        model.Axes.Add(new CategoryAxis
        {
            Position = AxisPosition.Left,
            ItemsSource = metrics.Select(texts.Metric).ToList(),
            // First metric at the top, as in a table.
            StartPosition = 1,
            EndPosition = 0,
            // Half a row beyond the first and the last, so the scenarios' dots beside a row are not cut off.
            Minimum = -0.5,
            Maximum = metrics.Count - 0.5,
            GapWidth = 0.2,
            MajorGridlineStyle = LineStyle.Dot,
            MajorGridlineColor = OxyColor.FromRgb(0xEE, 0xEE, 0xEE),
        });
        var shown = data.Differences.Where(d => metrics.Contains(d.Key) && double.IsFinite(Percent(d, d.Mean))).ToList();
        var limit = Limit(shown);
        var percents = shown.SelectMany(d => new[] { Percent(d, d.CiLow), Percent(d, d.CiHigh), Percent(d, d.Mean) })
            .Where(double.IsFinite).Select(v => Math.Clamp(v, -limit, limit)).DefaultIfEmpty(0).ToList();
        var low = Math.Min(0, percents.Min());
        var high = Math.Max(0, percents.Max());
        var axis = ChartStyle.ValueAxis(AxisPosition.Bottom, texts.Format("diff.axis", reference), "", texts, low, high);
        axis.LabelFormatter = v => texts.Numbers.Signed(v, ChartStyle.AxisDecimals(low, high));
        // Set, not left to the series: OxyPlot's automatic range ignores the error bars.
        var pad = Math.Max(high - low, 1e-9) * 0.05;
        axis.Minimum = low - pad;
        axis.Maximum = high + pad;
        model.Axes.Add(axis);
        model.Annotations.Add(new LineAnnotation
        {
            Type = LineAnnotationType.Vertical,
            X = 0,
            Color = OxyColor.FromRgb(0x44, 0x44, 0x44),
            StrokeThickness = 1.2,
            LineStyle = LineStyle.Solid,
        });

        for (int s = 0; s < others.Count; s++)
        {
            var colour = ChartStyle.ScenarioColor(s + 1);
            // Scenarios side by side within a metric's row.
            var offset = others.Count == 1 ? 0 : (s - (others.Count - 1) / 2.0) * (0.6 / others.Count);
            var clear = Series(others[s], colour, filled: true);
            var unclear = Series(others[s], colour, filled: false);
            for (int m = 0; m < metrics.Count; m++)
            {
                var d = data.Differences.FirstOrDefault(x => x.Key == metrics[m] && x.Scenario == others[s]);
                if (d is null || !double.IsFinite(Percent(d, d.Mean)))
                    continue;
                var mean = Percent(d, d.Mean);
                var (ciLow, ciHigh) = (Percent(d, d.CiLow), Percent(d, d.CiHigh));
                var excludesZero = double.IsFinite(d.CiLow) && (d.CiLow > 0 || d.CiHigh < 0);
                if (Math.Abs(mean) > limit)
                {
                    // Far beyond the others: drawn at the edge with its value written out, so the rest stay readable.
                    var edge = Math.Sign(mean) * limit;
                    model.Annotations.Add(new TextAnnotation
                    {
                        Text = mean > 0 ? $"{texts.Numbers.Signed(mean, 0)} % \u2192" : $"\u2190 {texts.Numbers.Signed(mean, 0)} %",
                        TextPosition = new DataPoint(edge, m + offset),
                        TextHorizontalAlignment = mean > 0 ? HorizontalAlignment.Right : HorizontalAlignment.Left,
                        TextVerticalAlignment = VerticalAlignment.Middle,
                        Offset = new ScreenVector(mean > 0 ? -10 : 10, 0),
                        Stroke = OxyColors.Transparent,
                        Background = OxyColor.FromAColor(220, OxyColors.White),
                        TextColor = colour,
                        FontWeight = FontWeights.Bold,
                    });
                    mean = edge;
                    (ciLow, ciHigh) = (edge, edge);
                }
                (excludesZero ? clear : unclear).Points.Add(ConfidenceBars.Horizontal(mean, m + offset, ciLow, ciHigh));
            }
            // One legend entry per scenario: the filled series carries the name even when it has no points.
            unclear.RenderInLegend = clear.Points.Count == 0;
            clear.RenderInLegend = clear.Points.Count > 0;
            model.Series.Add(clear);
            model.Series.Add(unclear);
        }
        return new Chart(Id, title, model);
    }

    /// <summary>
    /// How far the axis reaches (in %): all of every CI, unless one metric's difference is far larger than every other
    /// (FAS more than doubles the households met, while the rest move a few per cent): then the axis stops at 1.5 times
    /// the next largest and that one is drawn at the edge with its value.
    /// </summary>
    private static double Limit(IReadOnlyList<PairedDifference> shown)
    {
        var extents = shown.GroupBy(d => d.Key)
            .Select(g => g.SelectMany(d => new[] { Percent(d, d.CiLow), Percent(d, d.CiHigh), Percent(d, d.Mean) }).Where(double.IsFinite)
                .Select(Math.Abs).DefaultIfEmpty(0).Max())
            .OrderDescending().ToList();
        if (extents.Count < 2)
            return double.PositiveInfinity;
        var next = Math.Max(extents[1], 2);
        return extents[0] > 2.5 * next ? 1.5 * next : double.PositiveInfinity;
    }

    /// <summary>A value of the difference as a percentage of the reference's mean (NaN for a zero reference).</summary>
    public static double Percent(PairedDifference d, double value) =>
        d.ReferenceMean != 0 && double.IsFinite(d.ReferenceMean) ? 100 * value / Math.Abs(d.ReferenceMean) : double.NaN;

    private static ScatterErrorSeries Series(string scenario, OxyColor colour, bool filled) => new()
    {
        Title = scenario,
        MarkerType = MarkerType.Circle,
        MarkerSize = 5,
        MarkerFill = filled ? colour : OxyColors.White,
        MarkerStroke = colour,
        MarkerStrokeThickness = 1.8,
        ErrorBarColor = colour,
        ErrorBarStrokeThickness = 1.8,
        ErrorBarStopWidth = 4,
        Tag = SeriesTags.Difference,
    };
}
