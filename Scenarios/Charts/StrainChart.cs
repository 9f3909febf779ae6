using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;
using Planner.Scenarios.Experiments;

namespace Planner.Scenarios.Charts;

/// <summary>One scenario's distribution of strain over posts: the share of post-days in each band of the strain index.</summary>
public sealed record StrainDistribution(string Scenario, IReadOnlyList<StrainBand> Bands);

/// <summary>
/// How strain is spread over the posts: a mean of 0.4 can be every post at 0.4 or a few posts near breaking point.
/// Read from the monthly columns strain_band_0 … strain_band_9 (the share of the month's filled post-days whose
/// strain lies in [b/10, (b+1)/10)); each replication's share is its mean over months; bars are the mean over
/// replications with a 95 % CI.
/// </summary>
public static class StrainChart
{
    public const string Id = "strain-distribution";
    public const int Bands = 10;

    public static string Column(int band) => $"strain_band_{band}";

    /// <summary>The distribution of every scenario whose monthly series have the band columns (none for an older results folder).</summary>
    public static IReadOnlyList<StrainDistribution> Data(ResultData data)
    {
        var result = new List<StrainDistribution>();
        foreach (var s in data.Scenarios)
        {
            if (s.Monthly.Count == 0 || !s.Monthly[0].Series.Columns.Contains(Column(0)))
                continue;
            var bands = new List<StrainBand>(Bands);
            for (int b = 0; b < Bands; b++)
            {
                var perReplication = s.Monthly.Select(r => MonthlyMetrics.Column(r.Series, Column(b)).Where(double.IsFinite).DefaultIfEmpty(double.NaN).Average())
                    .Where(double.IsFinite).ToList();
                var (mean, _, half) = Summaries.Interval(perReplication);
                bands.Add(new StrainBand(b / (double)Bands, (b + 1) / (double)Bands, mean, mean - half, mean + half));
            }
            result.Add(new StrainDistribution(s.Name, bands));
        }
        return result;
    }

    public static Chart Build(IReadOnlyList<StrainDistribution> distributions, Texts texts)
    {
        var title = texts["strain.title"];
        var model = ChartStyle.Model(title, texts["strain.subtitle"]);
        var n = texts.Numbers;
        var labels = Enumerable.Range(0, Bands).Select(b => $"{n.Fixed(b / (double)Bands, 1)}–{n.Fixed((b + 1) / (double)Bands, 1)}").ToList();
        model.Axes.Add(new LinearAxis
        {
            Position = AxisPosition.Bottom,
            Title = texts["strain.axis"],
            TitleFontSize = 13,
            Minimum = -0.6,
            Maximum = Bands - 0.4,
            MajorStep = 1,
            MinorTickSize = 0,
            LabelFormatter = v => Math.Abs(v - Math.Round(v)) < 1e-9 && v >= 0 && v < Bands ? labels[(int)Math.Round(v)] : "",
        });
        var high = distributions.SelectMany(d => d.Bands).Select(b => double.IsFinite(b.CiHigh) ? b.CiHigh : b.Share).Where(double.IsFinite).DefaultIfEmpty(1).Max() * 100;
        var axis = ChartStyle.ValueAxis(AxisPosition.Left, texts["share.postdays"], "", texts, 0, high);
        axis.Minimum = 0;
        // Set, not left to the series: OxyPlot's automatic range ignores the error bars.
        axis.Maximum = Math.Max(high, 1e-9) * 1.08;
        model.Axes.Add(axis);
        // Scenarios side by side within a band.
        var width = 0.8 / Math.Max(1, distributions.Count);
        for (int i = 0; i < distributions.Count; i++)
        {
            var colour = ChartStyle.ScenarioColor(i);
            var bars = new RectangleBarSeries { Title = distributions[i].Scenario, FillColor = colour, StrokeThickness = 0, Tag = SeriesTags.Strain };
            var ci = new ScatterErrorSeries
            {
                MarkerType = MarkerType.None,
                ErrorBarColor = OxyColor.FromRgb(0x33, 0x33, 0x33),
                ErrorBarStrokeThickness = 1.2,
                ErrorBarStopWidth = 3,
                RenderInLegend = false,
            };
            for (int b = 0; b < Bands; b++)
            {
                var band = distributions[i].Bands[b];
                var left = b - 0.4 + i * width;
                var share = double.IsFinite(band.Share) ? band.Share * 100 : 0;
                bars.Items.Add(new RectangleBarItem(left, 0, left + width, share));
                if (double.IsFinite(band.CiHigh) && band.CiHigh > band.CiLow)
                    ci.Points.Add(ConfidenceBars.Vertical(left + width / 2, share, band.CiLow * 100, band.CiHigh * 100));
            }
            model.Series.Add(bars);
            model.Series.Add(ci);
        }
        return new Chart(Id, title, model);
    }
}
