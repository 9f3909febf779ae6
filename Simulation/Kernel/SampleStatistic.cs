using System.Globalization;

namespace Planner.Simulation.Kernel;

/// <summary>
/// Count, mean, variance, min and max of observations (waiting times, durations), by Welford's
/// update: one pass, no stored samples, and no catastrophic cancellation for large means.
/// </summary>
/// <remarks>Undefined figures are NaN: the mean, min and max of no samples, the variance of fewer than two.</remarks>
public sealed class SampleStatistic
{
    private double mean;
    private double m2;

    public long Count { get; private set; }

    public double Mean => Count > 0 ? mean : double.NaN;

    /// <summary>Sample variance (divisor n − 1).</summary>
    public double Variance => Count > 1 ? m2 / (Count - 1) : double.NaN;

    public double StandardDeviation => Math.Sqrt(Variance);

    public double Min { get; private set; } = double.NaN;

    public double Max { get; private set; } = double.NaN;

    public double Sum => Count > 0 ? mean * Count : 0;

    public void Add(double x)
    {
        long n = ++Count;
        double delta = x - mean;
        mean += delta / n;
        m2 += delta * (x - mean);
        if (n == 1)
        {
            Min = x;
            Max = x;
        }
        else
        {
            if (x < Min) Min = x;
            if (x > Max) Max = x;
        }
    }

    /// <summary>Forgets all observations (e.g. at the end of a warm-up).</summary>
    public void Reset()
    {
        Count = 0;
        mean = 0;
        m2 = 0;
        Min = double.NaN;
        Max = double.NaN;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"n={Count} mean={Mean:G6} sd={StandardDeviation:G6} min={Min:G6} max={Max:G6}");
}
