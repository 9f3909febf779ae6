using MathNet.Numerics.Statistics;

namespace Planner.Scenarios.Experiments;

/// <summary>Percentile bootstrap confidence intervals: resample the units of an estimate with replacement.</summary>
public static class Bootstrap
{
    public const double Confidence = 0.95;

    /// <summary>
    /// The 95 % percentile interval of several statistics at once. <paramref name="statistics"/> gets the
    /// resampled unit indices and writes one value per statistic into its output span.
    /// </summary>
    public static (double Low, double High)[] Intervals(int units, int statisticsCount, int resamples, Random random,
        Action<int[], double[]> statistics)
    {
        var draws = new double[statisticsCount][];
        for (var s = 0; s < statisticsCount; s++)
            draws[s] = new double[resamples];
        var indices = new int[units];
        var output = new double[statisticsCount];
        for (var b = 0; b < resamples; b++)
        {
            for (var i = 0; i < units; i++)
                indices[i] = random.Next(units);
            statistics(indices, output);
            for (var s = 0; s < statisticsCount; s++)
                draws[s][b] = output[s];
        }
        var tail = (1 - Confidence) / 2;
        return draws.Select(d =>
        {
            var finite = d.Where(double.IsFinite).ToArray();
            if (finite.Length == 0)
                return (double.NaN, double.NaN);
            Array.Sort(finite);
            return (SortedArrayStatistics.Quantile(finite, tail), SortedArrayStatistics.Quantile(finite, 1 - tail));
        }).ToArray();
    }
}
