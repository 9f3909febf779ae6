namespace Planner.Scenarios.Calibration;

/// <summary>The variances an observed target is compared with, apart from the emulator's own.</summary>
/// <param name="Observation">The observed value's SE squared.</param>
/// <param name="Replication">Variance between replications of the metric at one point (the simulator's own noise; the real unit is one realisation).</param>
/// <param name="Discrepancy">The stated model discrepancy, squared: what the model leaves out even at the best parameters.</param>
public readonly record struct TargetVariances(double Observation, double Replication, double Discrepancy)
{
    public double Total => Observation + Replication + Discrepancy;
}

/// <summary>
/// History matching (Andrianakis et al. 2015; the hmer package): a parameter point is implausible for a
/// target when the observed value is too far from the emulated one, measured against every uncertainty:
/// I = |observed − emulated| / √(emulator variance + observation variance + replication variance +
/// model discrepancy). A point is non-implausible when its largest I over the fitted targets is at most
/// the cut-off (3: Pukelsheim's three-sigma rule holds for any unimodal distribution).
/// </summary>
public static class HistoryMatching
{
    public static double Implausibility(double observed, Emulated emulated, TargetVariances variances) =>
        Math.Abs(observed - emulated.Mean) / Math.Sqrt(emulated.Variance + variances.Total);

    /// <summary>The largest implausibility over the targets at each candidate.</summary>
    public static double[] Largest(IReadOnlyList<double> observed, IReadOnlyList<IReadOnlyList<Emulated>> perTarget, IReadOnlyList<TargetVariances> variances)
    {
        var n = perTarget[0].Count;
        var largest = new double[n];
        for (var t = 0; t < perTarget.Count; t++)
        {
            for (var i = 0; i < n; i++)
                largest[i] = Math.Max(largest[i], Implausibility(observed[t], perTarget[t][i], variances[t]));
        }
        return largest;
    }

    /// <summary>
    /// Up to <paramref name="count"/> of the candidates spread over the region they cover (greedy maximin:
    /// each next point is the one farthest from those chosen), so a wave's runs do not bunch where the
    /// region is densest.
    /// </summary>
    public static List<double[]> Spread(IReadOnlyList<double[]> candidates, int count, Random random)
    {
        if (candidates.Count <= count)
            return candidates.ToList();
        var pool = candidates.Count > 3000 ? candidates.OrderBy(_ => random.Next()).Take(3000).ToList() : candidates.ToList();
        var chosen = new List<double[]> { pool[random.Next(pool.Count)] };
        var nearest = pool.Select(p => Distance2(p, chosen[0])).ToArray();
        while (chosen.Count < count)
        {
            var best = 0;
            for (var i = 1; i < pool.Count; i++)
            {
                if (nearest[i] > nearest[best])
                    best = i;
            }
            chosen.Add(pool[best]);
            for (var i = 0; i < pool.Count; i++)
                nearest[i] = Math.Min(nearest[i], Distance2(pool[i], pool[best]));
        }
        return chosen;
    }

    private static double Distance2(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var j = 0; j < a.Length; j++)
            sum += (a[j] - b[j]) * (a[j] - b[j]);
        return sum;
    }
}
