using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;
using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Charts;

/// <summary>
/// Cost per calendar year: one column per year stacked by cost component (bottom to top in <see cref="CostComponents.All"/>
/// order), and the total with its 95 % CI as a dot and whisker. Columns are drawn as rectangles on a year axis
/// (OxyPlot's bar series lie horizontally).
/// </summary>
public static class CostChart
{
    private const double HalfWidth = 0.32;

    public static Chart Build(string scenario, IReadOnlyList<YearCost> years, Texts texts, string id)
    {
        var title = texts.Format("cost.title", scenario);
        var model = ChartStyle.Model(title, texts["cost.subtitle"]);
        var labels = years.Select(y => y.Months < 12
            ? $"{y.Year} ({y.Months} {(texts.Language == Language.English ? "mo" : "mån")})"
            : y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        model.Axes.Add(new LinearAxis
        {
            Position = AxisPosition.Bottom,
            Title = texts["year"],
            TitleFontSize = 13,
            Minimum = -0.6,
            Maximum = Math.Max(years.Count - 0.4, 0.6),
            MajorStep = 1,
            MinorTickSize = 0,
            // A part year says how many months it covers: its column is not scaled up to twelve.
            LabelFormatter = v => Math.Abs(v - Math.Round(v)) < 1e-9 && v >= 0 && v < labels.Count ? labels[(int)Math.Round(v)] : "",
            IsPanEnabled = false,
            IsZoomEnabled = false,
        });
        var high = years.Count > 0 ? years.Max(y => Math.Max(double.IsFinite(y.TotalCiHigh) ? y.TotalCiHigh : y.Total, y.Total)) / 1e6 : 1;
        var axis = ChartStyle.ValueAxis(AxisPosition.Left, texts["unit.msek.year"], "", texts, 0, high);
        axis.Minimum = 0;
        // Set, not left to the series: OxyPlot's automatic range ignores the error bars.
        axis.Maximum = Math.Max(high, 1e-9) * 1.08;
        model.Axes.Add(axis);

        var order = CostComponents.All.Select(c => c.Id).Append(CostComponents.Other).ToList();
        // A component that costs nothing in any year (no consultants, no design) stays out of the legend.
        var components = years.SelectMany(y => y.Parts.Where(p => p.Mean != 0).Select(p => p.Component)).Distinct()
            .OrderBy(c => order.IndexOf(c) < 0 ? int.MaxValue : order.IndexOf(c)).ToList();
        var stacked = new double[years.Count];
        foreach (var component in components)
        {
            var colour = ChartStyle.Components[Math.Max(0, order.IndexOf(component)) % ChartStyle.Components.Count];
            var bars = new RectangleBarSeries
            {
                Title = components.Count == 1 && component == CostComponents.Other
                    ? texts.Metric(MetricCatalogue.TotalCostPerYear)
                    : texts[CostComponents.TextId(component)],
                FillColor = colour,
                StrokeColor = OxyColors.White,
                StrokeThickness = 0.6,
                Tag = SeriesTags.CostPart,
            };
            for (int i = 0; i < years.Count; i++)
            {
                var value = years[i].Parts.Where(p => p.Component == component).Sum(p => p.Mean) / 1e6;
                bars.Items.Add(new RectangleBarItem(i - HalfWidth, stacked[i], i + HalfWidth, stacked[i] + value));
                stacked[i] += value;
            }
            model.Series.Add(bars);
        }

        var total = new ScatterErrorSeries
        {
            Title = texts["cost.total"],
            MarkerType = MarkerType.Circle,
            MarkerSize = 3.5,
            MarkerFill = OxyColor.FromRgb(0x22, 0x22, 0x22),
            ErrorBarColor = OxyColor.FromRgb(0x22, 0x22, 0x22),
            ErrorBarStrokeThickness = 1.6,
            ErrorBarStopWidth = 5,
            Tag = SeriesTags.CostTotal,
        };
        for (int i = 0; i < years.Count; i++)
        {
            total.Points.Add(ConfidenceBars.Vertical(i, years[i].Total / 1e6, years[i].TotalCiLow / 1e6, years[i].TotalCiHigh / 1e6));
        }
        model.Series.Add(total);
        return new Chart(id, title, model);
    }
}
