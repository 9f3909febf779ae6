using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;
using Planner.Scenarios.Charts;

namespace Planner.Scenarios.Calibration;

/// <summary>
/// The calibration's two charts, drawn with the project's chart style: each target's observed value (± 2 SE) beside
/// the simulated mean at the best point (95 % CI), as a percentage of the observed value so that targets in
/// different units share one axis; and each parameter's non-implausible range after every wave, as a share of its
/// prior range, with the best value.
/// </summary>
public static class CalibrationCharts
{
    public const string TargetsId = "calibration-targets";
    public const string RangesId = "calibration-ranges";

    private static string T(Texts texts, string sv, string en) => texts.Language == Language.English ? en : sv;

    public static IReadOnlyList<Chart> Build(CalibrationResult result, Texts texts) => [Targets(result, texts), Ranges(result, texts)];

    public static Chart Targets(CalibrationResult result, Texts texts)
    {
        var title = T(texts, "Mål och modell i bästa punkten", "Targets and the model at the best point");
        var model = ChartStyle.Model(title, T(texts, "Observerat ± 2 SE och simulerat medelvärde med 95 % KI, i % av det observerade",
            "Observed ± 2 SE and the simulated mean with its 95 % CI, in % of the observed value"));
        var rows = result.Targets.Where(t => t.Target.Value != 0).ToList();
        model.Axes.Add(new CategoryAxis
        {
            Position = AxisPosition.Left,
            ItemsSource = rows.Select(t => t.Target.Key + (t.Fitted ? "" : T(texts, " (ej anpassad)", " (not fitted)"))).ToList(),
            StartPosition = 1,
            EndPosition = 0,
            Minimum = -0.5,
            Maximum = rows.Count - 0.5,
            GapWidth = 0.2,
        });
        double Percent(TargetFit t, double v) => 100 * (v - t.Target.Value) / Math.Abs(t.Target.Value);
        var values = rows.SelectMany(t => new[] { Percent(t, t.Mean), Percent(t, t.Low), Percent(t, t.High), 200 * t.Target.StandardError / Math.Abs(t.Target.Value), -200 * t.Target.StandardError / Math.Abs(t.Target.Value) })
            .Where(double.IsFinite).DefaultIfEmpty(1).ToList();
        var axis = ChartStyle.ValueAxis(AxisPosition.Bottom, T(texts, "Avvikelse från observerat", "Difference from observed"), "%", texts, values.Min(), values.Max());
        // Set, not padded: OxyPlot's automatic range leaves error bars and markers at the edge half outside.
        var margin = 0.08 * Math.Max(1e-9, values.Max() - values.Min());
        axis.Minimum = values.Min() - margin;
        axis.Maximum = values.Max() + margin;
        model.Axes.Add(axis);
        model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Vertical, X = 0, Color = OxyColor.FromRgb(0x44, 0x44, 0x44), StrokeThickness = 1 });
        var observed = Series(T(texts, "Observerat ± 2 SE", "Observed ± 2 SE"), OxyColor.FromRgb(0x88, 0x88, 0x88), MarkerType.Diamond);
        var simulated = Series(T(texts, "Simulerat (95 % KI)", "Simulated (95 % CI)"), ChartStyle.ScenarioColor(0), MarkerType.Circle);
        for (var i = 0; i < rows.Count; i++)
        {
            var t = rows[i];
            // OxyPlot draws ErrorX as the bar's whole length (X ± ErrorX / 2): the interval's full width goes in.
            observed.Points.Add(new ScatterErrorPoint(0, i - 0.15, 400 * t.Target.StandardError / Math.Abs(t.Target.Value), 0));
            if (double.IsFinite(t.Mean))
                simulated.Points.Add(new ScatterErrorPoint(Percent(t, t.Mean), i + 0.15, double.IsFinite(t.High) ? Percent(t, t.High) - Percent(t, t.Low) : 0, 0));
        }
        model.Series.Add(observed);
        model.Series.Add(simulated);
        return new Chart(TargetsId, title, model, Height: Math.Max(ChartStyle.Height / 2, 140 + 60 * rows.Count));
    }

    public static Chart Ranges(CalibrationResult result, Texts texts)
    {
        var title = T(texts, "Icke-osannolika intervall per våg", "Non-implausible ranges per wave");
        var model = ChartStyle.Model(title, T(texts, "Andel av parameterns startintervall; punkten är det bästa värdet",
            "Share of each parameter's prior range; the dot is the best value"));
        var parameters = result.Parameters;
        model.Axes.Add(new CategoryAxis
        {
            Position = AxisPosition.Left,
            ItemsSource = parameters.Select(p => p.Path + (p.Identified ? "" : T(texts, " (ej identifierad)", " (not identified)"))).ToList(),
            StartPosition = 1,
            EndPosition = 0,
            Minimum = -0.5,
            Maximum = parameters.Count - 0.5,
            GapWidth = 0.2,
        });
        var axis = ChartStyle.ValueAxis(AxisPosition.Bottom, T(texts, "Andel av startintervallet", "Share of the prior range"), "", texts, 0, 1);
        axis.Minimum = -0.02;
        axis.Maximum = 1.02;
        model.Axes.Add(axis);
        double Unit(ParameterFit p, double v) => (v - p.Prior.Min) / (p.Prior.Max - p.Prior.Min);
        var waves = result.Waves.Count;
        for (var w = 0; w < waves; w++)
        {
            // A small square at the range's middle gives the wave a symbol in the legend.
            var series = Series(T(texts, $"Våg {w + 1}", $"Wave {w + 1}"), ChartStyle.ScenarioColor(w + 1), MarkerType.Square);
            series.MarkerSize = 2.5;
            var offset = waves == 1 ? 0 : (w - (waves - 1) / 2.0) * (0.6 / waves);
            for (var j = 0; j < parameters.Count; j++)
            {
                var (low, high) = result.Waves[w].Ranges[j];
                var (a, b) = (Unit(parameters[j], low), Unit(parameters[j], high));
                series.Points.Add(new ScatterErrorPoint((a + b) / 2, j + offset, b - a, 0));
            }
            model.Series.Add(series);
        }
        var best = new ScatterSeries { Title = T(texts, "Bästa värde", "Best value"), MarkerType = MarkerType.Circle, MarkerSize = 5, MarkerFill = OxyColor.FromRgb(0x22, 0x22, 0x22) };
        for (var j = 0; j < parameters.Count; j++)
            best.Points.Add(new ScatterPoint(Unit(parameters[j], parameters[j].Best), j));
        model.Series.Add(best);
        return new Chart(RangesId, title, model, Height: Math.Max(ChartStyle.Height / 2, 140 + 60 * parameters.Count));
    }

    private static ScatterErrorSeries Series(string title, OxyColor colour, MarkerType marker) => new()
    {
        Title = title,
        MarkerType = marker,
        MarkerSize = 5,
        MarkerFill = colour,
        MarkerStroke = colour,
        ErrorBarColor = colour,
        ErrorBarStrokeThickness = 2.2,
        ErrorBarStopWidth = 4,
    };
}
