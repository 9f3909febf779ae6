namespace Planner.Scenarios.Experiments;

/// <summary>
/// Saltelli's sampling scheme for Sobol' indices: two independent N × k matrices A and B of uniform points,
/// and for each factor i the matrix A_B^(i): A with column i taken from B. <see cref="Points"/> holds A, then
/// B, then A_B^(1) … A_B^(k), N rows each: N·(k + 2) points in all.
/// </summary>
public sealed record SaltelliSample(int Factors, int N, double[][] Points)
{
    public int RowOfA(int j) => j;
    public int RowOfB(int j) => N + j;
    public int RowOfAB(int factor, int j) => (2 + factor) * N + j;
}

/// <summary>First-order (S1) and total (ST) Sobol' indices with bootstrap 95 % CIs.</summary>
public sealed record SobolIndex(int Factor, double S1, double S1Low, double S1High, double ST, double STLow, double STHigh);

/// <summary>
/// Variance-based sensitivity (Sobol' 1993): S1 is the share of the output variance a factor explains on
/// its own, ST the share it explains with all its interactions. Estimators of Saltelli et al. (2010, table 2):
/// S1 from (1/N) Σ (f(B) − f̄)(f(A_B^i) − f(A)) and ST from Jansen's (1/2N) Σ (f(A) − f(A_B^i))², both divided by the
/// variance of f over A and B. Independent of any model: inputs are unit-cube points, outputs one per point.
/// A and B are drawn by a seeded pseudo-random stream (plain Monte Carlo), so bootstrap resampling of rows is valid.
/// </summary>
public static class SobolMethod
{
    public static SaltelliSample Sample(int factors, int n, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(factors, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 2);
        var a = new double[n][];
        var b = new double[n][];
        for (var j = 0; j < n; j++)
        {
            a[j] = new double[factors];
            b[j] = new double[factors];
            for (var i = 0; i < factors; i++)
            {
                a[j][i] = random.NextDouble();
                b[j][i] = random.NextDouble();
            }
        }
        var points = new double[n * (factors + 2)][];
        for (var j = 0; j < n; j++)
        {
            points[j] = a[j];
            points[n + j] = b[j];
        }
        for (var i = 0; i < factors; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var mixed = (double[])a[j].Clone();
                mixed[i] = b[j][i];
                points[(2 + i) * n + j] = mixed;
            }
        }
        return new SaltelliSample(factors, n, points);
    }

    public static IReadOnlyList<SobolIndex> Analyse(SaltelliSample sample, IReadOnlyList<double> outputs, int resamples, Random random)
    {
        if (outputs.Count != sample.Points.Length)
            throw new ArgumentException($"Expected {sample.Points.Length} outputs, one per sample point; got {outputs.Count}.", nameof(outputs));
        var k = sample.Factors;
        var all = Enumerable.Range(0, sample.N).ToArray();
        var point = new double[2 * k];
        Estimate(sample, outputs, all, point);
        var intervals = Bootstrap.Intervals(sample.N, 2 * k, resamples, random, (rows, output) => Estimate(sample, outputs, rows, output));
        return Enumerable.Range(0, k)
            .Select(i => new SobolIndex(i, point[i], intervals[i].Low, intervals[i].High, point[k + i], intervals[k + i].Low, intervals[k + i].High))
            .ToList();
    }

    /// <summary>S1 of every factor into output[0..k), ST into output[k..2k), from the given rows (with repeats when resampled).</summary>
    private static void Estimate(SaltelliSample sample, IReadOnlyList<double> y, int[] rows, double[] output)
    {
        var k = sample.Factors;
        var n = rows.Length;
        var mean = 0.0;
        foreach (var j in rows)
            mean += y[sample.RowOfA(j)] + y[sample.RowOfB(j)];
        mean /= 2 * n;
        var variance = 0.0;
        foreach (var j in rows)
        {
            var da = y[sample.RowOfA(j)] - mean;
            var db = y[sample.RowOfB(j)] - mean;
            variance += da * da + db * db;
        }
        variance /= 2 * n - 1;
        for (var i = 0; i < k; i++)
        {
            double first = 0, total = 0;
            foreach (var j in rows)
            {
                var fa = y[sample.RowOfA(j)];
                var fb = y[sample.RowOfB(j)];
                var fab = y[sample.RowOfAB(i, j)];
                // Centred: the estimator's expectation ignores a shift of f, its variance does not (a cost of
                // 1.4e8 SEK ± 1 % would otherwise drown S1 in noise).
                first += (fb - mean) * (fab - fa);
                total += (fa - fab) * (fa - fab);
            }
            output[i] = variance > 0 ? first / n / variance : double.NaN;
            output[k + i] = variance > 0 ? total / (2.0 * n) / variance : double.NaN;
        }
    }
}
