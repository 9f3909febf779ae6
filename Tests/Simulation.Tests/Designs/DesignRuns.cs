using Planner.Simulation.Designs;
using Planner.Simulation.Model;
using Planner.Simulation.Model.Parameters;
using Planner.Simulation.Tests.Model;

namespace Planner.Simulation.Tests.Designs;

/// <summary>Small units with designs, run over a few replications under common random numbers, and paired comparisons of them.</summary>
internal static class DesignRuns
{
    /// <summary>The quarter-size baseline of UnitModelTests (5 posts, 250 households) with a designs block (empty: no design, design metrics on).</summary>
    public static UnitParameters Small(DesignParameters designs, int posts = 5, double households = 250, double inflowFactor = 1.0)
    {
        var p = UnitModelTests.Small(posts, inflowFactor * households / 250) with { Designs = designs };
        return p with { InitialHouseholds = (int)households };
    }

    /// <summary>The same unit with nobody resigning: a leaver's krets is reshuffled, which swamps small structural effects.</summary>
    public static UnitParameters Steady(UnitParameters p) =>
        p with { Turnover = p.Turnover with { BaseResignationPercentPerYear = 0, HighStrainResignationPercentPerYear = 0 } };

    /// <summary>One metric over replications 1..n of a unit, with a fixed seed: replication i is the same draw in every design.</summary>
    public static double[] Values(UnitParameters p, string key, int replications, double years, ulong seed = 99) =>
        [.. Enumerable.Range(1, replications).Select(r => UnitModel.Run(p, new ModelRun(years, seed, r)).Values[key])];

    /// <summary>Mean of b − a and the 95 % Student-t half-width of the paired differences.</summary>
    public static (double Mean, double HalfWidth) Paired(double[] a, double[] b)
    {
        var d = a.Zip(b, (x, y) => y - x).ToArray();
        return MeanAndHalfWidth(d);
    }

    public static (double Mean, double HalfWidth) MeanAndHalfWidth(double[] values)
    {
        int n = values.Length;
        double mean = values.Average();
        double sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (n - 1));
        double t = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, n - 1, 0.975);
        return (mean, t * sd / Math.Sqrt(n));
    }

    /// <summary>b is above a beyond the paired 95 % CI.</summary>
    public static bool ClearlyAbove(double[] a, double[] b)
    {
        var (mean, half) = Paired(a, b);
        return mean - half > 0;
    }
}
