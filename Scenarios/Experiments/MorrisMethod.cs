namespace Planner.Scenarios.Experiments;

/// <summary>
/// Morris trajectories in the unit cube: r trajectories of k + 1 points on a p-level grid, each step moving
/// one factor by ±Δ with Δ = p / (2(p − 1)). <see cref="Moved"/>[t][s] is the factor moved at step s of
/// trajectory t and <see cref="Steps"/>[t][s] its signed step; point (k + 1)·t + s is the s-th of trajectory t.
/// </summary>
public sealed record MorrisSample(int Factors, int Levels, double[][] Points, int[][] Moved, double[][] Steps)
{
    public int Trajectories => Moved.Length;
}

/// <summary>One factor's elementary-effects statistics, with a bootstrap 95 % CI on μ* (resampling trajectories).</summary>
public sealed record MorrisIndex(int Factor, double Mu, double MuStar, double Sigma, double MuStarLow, double MuStarHigh);

/// <summary>
/// Morris (1991) elementary-effects screening, with Campolongo et al.'s (2007) μ*: for each factor the mean
/// of |EE| says how much it matters, σ of EE whether its effect depends on the other factors (interactions or
/// non-linearity). Independent of any model: the sample is a set of points in the unit cube and the analysis
/// takes one output per point.
/// </summary>
public static class MorrisMethod
{
    public static MorrisSample Sample(int factors, int trajectories, int levels, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(factors, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(trajectories, 2);
        if (levels < 2 || levels % 2 != 0)
            throw new ArgumentOutOfRangeException(nameof(levels), "Morris needs an even number of levels, at least 2.");
        var delta = levels / (2.0 * (levels - 1));
        // Base values are the grid levels from which a step of +Δ stays inside the cube.
        var baseLevels = levels / 2;
        var points = new double[trajectories * (factors + 1)][];
        var moved = new int[trajectories][];
        var steps = new double[trajectories][];
        for (var t = 0; t < trajectories; t++)
        {
            var x = new double[factors];
            var step = new double[factors];
            for (var i = 0; i < factors; i++)
            {
                var start = random.Next(baseLevels) / (double)(levels - 1);
                var up = random.Next(2) == 0;
                // Going down starts at the upper level of the pair, so every point stays on the grid.
                x[i] = up ? start : start + delta;
                step[i] = up ? delta : -delta;
            }
            var order = Enumerable.Range(0, factors).ToArray();
            random.Shuffle(order);
            moved[t] = order;
            steps[t] = order.Select(i => step[i]).ToArray();
            var row = t * (factors + 1);
            points[row] = (double[])x.Clone();
            for (var s = 0; s < factors; s++)
            {
                x[order[s]] += step[order[s]];
                points[row + s + 1] = (double[])x.Clone();
            }
        }
        return new MorrisSample(factors, levels, points, moved, steps);
    }

    /// <summary>μ, μ*, σ per factor from one output per sample point; CIs from resampling whole trajectories.</summary>
    public static IReadOnlyList<MorrisIndex> Analyse(MorrisSample sample, IReadOnlyList<double> outputs, int resamples, Random random)
    {
        if (outputs.Count != sample.Points.Length)
            throw new ArgumentException($"Expected {sample.Points.Length} outputs, one per sample point; got {outputs.Count}.", nameof(outputs));
        var k = sample.Factors;
        var r = sample.Trajectories;
        // effects[t][i]: the elementary effect of factor i in trajectory t.
        var effects = new double[r][];
        for (var t = 0; t < r; t++)
        {
            effects[t] = new double[k];
            var row = t * (k + 1);
            for (var s = 0; s < k; s++)
                effects[t][sample.Moved[t][s]] = (outputs[row + s + 1] - outputs[row + s]) / sample.Steps[t][s];
        }
        var all = Enumerable.Range(0, r).ToArray();
        var intervals = Bootstrap.Intervals(r, k, resamples, random, (indices, output) =>
        {
            for (var i = 0; i < k; i++)
                output[i] = MeanAbs(effects, indices, i);
        });
        var list = new List<MorrisIndex>(k);
        for (var i = 0; i < k; i++)
        {
            var mu = 0.0;
            foreach (var t in all)
                mu += effects[t][i];
            mu /= r;
            var squares = 0.0;
            foreach (var t in all)
                squares += (effects[t][i] - mu) * (effects[t][i] - mu);
            var sigma = Math.Sqrt(squares / (r - 1));
            list.Add(new MorrisIndex(i, mu, MeanAbs(effects, all, i), sigma, intervals[i].Low, intervals[i].High));
        }
        return list;
    }

    private static double MeanAbs(double[][] effects, int[] trajectories, int factor)
    {
        var sum = 0.0;
        foreach (var t in trajectories)
            sum += Math.Abs(effects[t][factor]);
        return sum / trajectories.Length;
    }
}
