using Planner.Simulation.Kernel;

namespace Planner.Scenarios.Experiments;

/// <summary>One parameter's sensitivity for one metric, ranked; Morris fills μ*, μ, σ, Sobol fills S1 and ST.</summary>
public sealed record SensitivityRow(
    string Metric, int Rank, ParameterRange Parameter,
    double Main, double MainLow, double MainHigh,
    double Second, double SecondLow, double SecondHigh,
    double Spread);

/// <summary>
/// Turns the stored outputs of a Morris or Sobol experiment into ranked indices. The output at a point is the
/// mean of the metric over the point's replications; every point uses the same seeds, so the noise the
/// replications leave is shared between points and largely cancels in the differences the methods use.
/// </summary>
public static class SensitivityAnalysis
{
    /// <summary>Ranked rows for one metric: Main is μ* (Morris) or ST (Sobol), Second is μ or S1, Spread is σ (Morris).</summary>
    public static IReadOnlyList<SensitivityRow> Rank(SensitivityPlan plan, string metric, IReadOnlyList<double> outputs)
    {
        var random = new RandomStreams(plan.Seed, 0).Get("bootstrap:" + metric).AsRandom();
        var rows = new List<SensitivityRow>();
        if (plan.Morris is { } morris)
        {
            foreach (var i in MorrisMethod.Analyse(morris, outputs, plan.Resamples, random))
                rows.Add(new SensitivityRow(metric, 0, plan.Parameters[i.Factor], i.MuStar, i.MuStarLow, i.MuStarHigh, i.Mu, double.NaN, double.NaN, i.Sigma));
        }
        else
        {
            foreach (var i in SobolMethod.Analyse(plan.Saltelli!, outputs, plan.Resamples, random))
                rows.Add(new SensitivityRow(metric, 0, plan.Parameters[i.Factor], i.ST, i.STLow, i.STHigh, i.S1, i.S1Low, i.S1High, double.NaN));
        }
        return rows
            .OrderByDescending(r => double.IsFinite(r.Main) ? r.Main : double.NegativeInfinity)
            .ThenBy(r => r.Parameter.Path, StringComparer.Ordinal)
            .Select((r, i) => r with { Rank = i + 1 })
            .ToList();
    }

    /// <summary>The mean of each point's replications, in point order.</summary>
    public static double[] PointMeans(IReadOnlyList<double[]> valuesPerPoint) =>
        valuesPerPoint.Select(v =>
        {
            var finite = v.Where(double.IsFinite).ToArray();
            return finite.Length == 0 ? double.NaN : finite.Average();
        }).ToArray();
}
