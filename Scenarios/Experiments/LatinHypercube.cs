namespace Planner.Scenarios.Experiments;

/// <summary>
/// A Latin hypercube of n points in the unit cube [0, 1)^k: each parameter's range is cut into n equal
/// strata and every stratum of every parameter holds exactly one point; within a stratum the point is
/// uniform. The strata are matched across parameters by independent random permutations (McKay,
/// Beckman &amp; Conover 1979).
/// </summary>
public static class LatinHypercube
{
    public static double[][] Sample(int points, int parameters, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 1);
        var cube = new double[points][];
        for (var i = 0; i < points; i++)
            cube[i] = new double[parameters];
        var strata = new int[points];
        for (var j = 0; j < parameters; j++)
        {
            for (var i = 0; i < points; i++)
                strata[i] = i;
            random.Shuffle(strata);
            for (var i = 0; i < points; i++)
                cube[i][j] = (strata[i] + random.NextDouble()) / points;
        }
        return cube;
    }

    /// <summary>The stratum (0..n−1) a unit value falls in.</summary>
    public static int Stratum(double unitValue, int points) => Math.Min(points - 1, (int)Math.Floor(unitValue * points));
}

/// <summary>Every combination of the given values; the first parameter changes slowest.</summary>
public static class FullGrid
{
    public static double[][] Points(IReadOnlyList<IReadOnlyList<double>> values)
    {
        var total = values.Aggregate(1L, (n, v) => n * v.Count);
        var points = new double[total][];
        for (long i = 0; i < total; i++)
        {
            var point = new double[values.Count];
            var rest = i;
            for (var j = values.Count - 1; j >= 0; j--)
            {
                point[j] = values[j][(int)(rest % values[j].Count)];
                rest /= values[j].Count;
            }
            points[i] = point;
        }
        return points;
    }
}
