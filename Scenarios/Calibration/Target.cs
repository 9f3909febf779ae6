namespace Planner.Scenarios.Calibration;

/// <summary>
/// One observed figure the model is fitted to or checked against: a metric key, the calendar year it
/// belongs to (null: the horizon average of summary.json), the observed value and its standard error (a
/// range low–high is read as a 95 % interval, SE = (high − low) ÷ 4), where it comes from and its weight
/// in the fit (0: reported, not fitted).
/// </summary>
public sealed record Target(
    string Metric, int? Year, double Value, double StandardError, string Source,
    double Weight = 1, string Place = "", string Note = "", double? Low = null, double? High = null)
{
    /// <summary>"metric" or "metric@year": how a target is named in tables and messages.</summary>
    public string Key => Year is { } year ? $"{Metric}@{year}" : Metric;

    public double Variance => StandardError * StandardError;

    /// <summary>The SE a range stands for: the range read as a 95 % interval (± 2 SE).</summary>
    public static double StandardErrorOfRange(double low, double high) => (high - low) / 4;
}
