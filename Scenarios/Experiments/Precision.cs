namespace Planner.Scenarios.Experiments;

/// <summary>
/// Run replications until the 95 % CI half-width of each chosen metric is at most a fraction of its mean
/// (e.g. 0.05 for ±5 %), or until the cap. The replications asked for are the first batch.
/// </summary>
public sealed record PrecisionTarget(IReadOnlyList<string> Metrics, double RelativeHalfWidth, int MaxReplications)
{
    /// <summary>
    /// A comparison of designs: every point runs the same replications (so they stay paired), and the target
    /// covers each point's mean and each point's paired difference from the first point, whose half-width is
    /// measured against the first point's mean — the difference is then known as precisely as the level it changes.
    /// </summary>
    public bool PairedWithFirst { get; init; }
}

/// <summary>One metric's per-replication values at a point, or its paired differences from the first point.</summary>
/// <param name="Level">What the half-width is measured against: null for the values' own mean; for differences, the first point's mean.</param>
public sealed record PrecisionSeries(string Metric, double[] Values, double? Level = null)
{
    /// <summary>Differences values − reference by replication (NaN where either is missing), measured against the reference's mean.</summary>
    public static PrecisionSeries Difference(string metric, double[] values, double[] reference)
    {
        var differences = new double[Math.Min(values.Length, reference.Length)];
        for (var i = 0; i < differences.Length; i++)
            differences[i] = values[i] - reference[i];
        return new PrecisionSeries(metric, differences, Summaries.Interval(reference.Where(double.IsFinite).ToArray()).Mean);
    }
}

/// <summary>The half-width reached for one metric at one point, on its mean or (<see cref="Difference"/>) on its paired difference from the first point.</summary>
/// <param name="Level">The level the half-width is measured against: the mean, or the first point's mean for a difference.</param>
public sealed record AchievedPrecision(string Metric, double Mean, double HalfWidth, int N, bool Met, double Level, bool Difference = false)
{
    /// <summary>Half-width as a fraction of |level|; infinite when the level is 0 and the half-width is not.</summary>
    public double Relative => HalfWidth == 0 ? 0 : Level == 0 ? double.PositiveInfinity : HalfWidth / Math.Abs(Level);
}

/// <summary>
/// How many replications a point needs next. The half-width shrinks as 1/√n, so n · (achieved ÷ target)²
/// replications should meet the target; the step is at most a doubling, because a variance estimated from
/// few replications is itself uncertain and overshooting wastes runs. The rule is a function of the stored
/// results only, so a resumed or a single-threaded run takes the same steps.
/// </summary>
public static class PrecisionRule
{
    public static (int Next, IReadOnlyList<AchievedPrecision> Achieved) Next(PrecisionTarget target, int n, IReadOnlyList<PrecisionSeries> results)
    {
        var achieved = new List<AchievedPrecision>();
        var needed = n;
        foreach (var series in results)
        {
            var finite = series.Values.Where(double.IsFinite).ToArray();
            var (mean, _, half) = Summaries.Interval(finite);
            var level = series.Level ?? mean;
            var met = double.IsFinite(half) && (half == 0 || (level != 0 && half / Math.Abs(level) <= target.RelativeHalfWidth));
            var precision = new AchievedPrecision(series.Metric, mean, half, finite.Length, met, level, series.Level is not null);
            achieved.Add(precision);
            if (precision.Met)
                continue;
            var ratio = double.IsFinite(precision.Relative) ? precision.Relative / target.RelativeHalfWidth : 2;
            var estimate = (int)Math.Min(int.MaxValue / 2, Math.Ceiling(n * ratio * ratio));
            needed = Math.Max(needed, Math.Clamp(estimate, n + 1, 2 * n));
        }
        return (Math.Min(needed, Math.Max(n, target.MaxReplications)), achieved);
    }
}
