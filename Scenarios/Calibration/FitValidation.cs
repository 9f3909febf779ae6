using Newtonsoft.Json.Linq;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;
using Planner.Scenarios.Store;

namespace Planner.Scenarios.Calibration;

/// <summary>
/// One held-out figure against the calibrated model's prediction: the mean over replications with its 95 % CI,
/// the error (predicted − observed) and that error in units of the combined uncertainty,
/// z = error ÷ √(observed SE² + the prediction's SE²). |z| ≤ 2 means the figure is reproduced within the noise.
/// </summary>
public sealed record ValidationRow(Target Target, double Mean, double Low, double High, int Replications)
{
    public double Error => Mean - Target.Value;
    public double RelativeError => Target.Value == 0 ? double.NaN : Error / Math.Abs(Target.Value);
    public double PredictionSe => (High - Mean) / 1.96;
    public double Z => Error / Math.Sqrt(Target.Variance + PredictionSe * PredictionSe);
}

public static class FitValidation
{
    public static IReadOnlyList<ValidationRow> Rows(IReadOnlyList<Target> targets, double[][] values) =>
        targets.Select((t, i) =>
        {
            var finite = values[i].Where(double.IsFinite).ToArray();
            var (mean, _, half) = Summaries.Interval(finite);
            return new ValidationRow(t, mean, mean - half, mean + half, finite.Length);
        }).ToList();

    public static string Csv(IReadOnlyList<ValidationRow> rows)
    {
        var csv = new Csv().Row(["metric", "year", "observed", "se", "predicted_mean", "ci_low", "ci_high", "replications", "error", "relative_error", "z", "source"]);
        foreach (var r in rows)
            csv.Row([r.Target.Metric, r.Target.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", N(r.Target.Value), N(r.Target.StandardError),
                N(r.Mean), N(r.Low), N(r.High), r.Replications.ToString(System.Globalization.CultureInfo.InvariantCulture), N(r.Error), N(r.RelativeError), N(r.Z), r.Target.Source]);
        return csv.ToString();
    }

    public static JObject Json(string scenario, string targets, string sha256, RunSettings run, IReadOnlyList<ValidationRow> rows) => new()
    {
        ["format"] = "planner-validate-fit/1",
        ["scenario"] = scenario,
        ["targets"] = targets,
        ["targetsSha256"] = sha256,
        ["years"] = run.Years,
        ["seed"] = run.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["confidence"] = 0.95,
        ["rows"] = new JArray(rows.Select(r => new JObject
        {
            ["metric"] = r.Target.Metric, ["year"] = r.Target.Year, ["observed"] = r.Target.Value, ["se"] = r.Target.StandardError,
            ["mean"] = F(r.Mean), ["ciLow"] = F(r.Low), ["ciHigh"] = F(r.High), ["replications"] = r.Replications,
            ["error"] = F(r.Error), ["relativeError"] = F(r.RelativeError), ["z"] = F(r.Z), ["source"] = r.Target.Source,
        })),
    };

    private static JToken F(double v) => double.IsFinite(v) ? new JValue(v) : JValue.CreateNull();

    private static string N(double v) => double.IsFinite(v) ? Invariant.Number(v) : "";
}
