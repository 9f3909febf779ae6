namespace Planner.Scenarios.Experiments;

/// <summary>
/// MSER-5 (White 1997; Hoad, Robinson &amp; Davies 2010): the warm-up truncation point of an output series.
/// The series is cut into batches of 5; the truncation d minimises the marginal standard error
/// Σ_{i&gt;d} (Y_i − Ȳ_d)² / (n − d)² over d ≤ n/2. A minimum at the far end means no stable stretch was
/// found: the series drifts over the whole run, which no truncation can repair.
/// </summary>
public static class Mser5
{
    public const int BatchSize = 5;

    public sealed record Truncation(int Observations, int Length, bool Reliable);

    public static Truncation Compute(IReadOnlyList<double> series)
    {
        var batches = series.Count / BatchSize;
        if (batches < 4)
            return new Truncation(0, series.Count, false);
        var means = new double[batches];
        for (var b = 0; b < batches; b++)
        {
            var sum = 0.0;
            for (var j = 0; j < BatchSize; j++)
                sum += series[b * BatchSize + j];
            means[b] = sum / BatchSize;
        }
        var best = 0;
        var bestValue = double.PositiveInfinity;
        var limit = batches / 2;
        for (var d = 0; d <= limit; d++)
        {
            var count = batches - d;
            var mean = 0.0;
            for (var i = d; i < batches; i++)
                mean += means[i];
            mean /= count;
            var squares = 0.0;
            for (var i = d; i < batches; i++)
                squares += (means[i] - mean) * (means[i] - mean);
            var value = squares / ((double)count * count);
            if (value < bestValue)
            {
                bestValue = value;
                best = d;
            }
        }
        return new Truncation(best * BatchSize, series.Count, best < limit);
    }
}
