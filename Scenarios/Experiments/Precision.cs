namespace Planner.Scenarios.Experiments;

/// <summary>
/// Run replications until the 95 % CI half-width of each chosen metric is at most a fraction of its mean
/// (e.g. 0.05 for ±5 %), or until the cap. The replications asked for are the first batch.
/// </summary>
public sealed record PrecisionTarget(IReadOnlyList<string> Metrics, double RelativeHalfWidth, int MaxReplications);

/// <summary>The half-width reached for one metric at one point.</summary>
public sealed record AchievedPrecision(string Metric, double Mean, double HalfWidth, int N, bool Met)
{
    /// <summary>Half-width as a fraction of |mean|; infinite when the mean is 0 and the half-width is not.</summary>
    public double Relative => HalfWidth == 0 ? 0 : Mean == 0 ? double.PositiveInfinity : HalfWidth / Math.Abs(Mean);
}

/// <summary>
/// How many replications a point needs next. The half-width shrinks as 1/√n, so n · (achieved ÷ target)²
/// replications should meet the target; the step is at most a doubling, because a variance estimated from
/// few replications is itself uncertain and overshooting wastes runs. The rule is a function of the stored
/// results only, so a resumed or a single-threaded run takes the same steps.
/// </summary>
public static class PrecisionRule
{
    public static (int Next, IReadOnlyList<AchievedPrecision> Achieved) Next(
        PrecisionTarget target, int n, IReadOnlyList<(string Metric, double[] Values)> results)
    {
        var achieved = new List<AchievedPrecision>();
        var needed = n;
        foreach (var (metric, values) in results)
        {
            var finite = values.Where(double.IsFinite).ToArray();
            var (mean, _, half) = Summaries.Interval(finite);
            var precision = new AchievedPrecision(metric, mean, half, finite.Length,
                double.IsFinite(half) && (half == 0 || (mean != 0 && half / Math.Abs(mean) <= target.RelativeHalfWidth)));
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
