using Planner.Scenarios.Experiments;
using Planner.Simulation.Kernel;

namespace Planner.Scenarios.Tests;

/// <summary>The sampling and sensitivity methods on analytic functions whose answers are known, without the unit model.</summary>
public sealed class SensitivityMethodTests
{
    private const double A = 7, B = 0.1;

    /// <summary>Ishigami &amp; Homma (1990) on [−π, π]³, from unit-cube coordinates.</summary>
    private static double Ishigami(double[] u)
    {
        double x1 = -Math.PI + 2 * Math.PI * u[0], x2 = -Math.PI + 2 * Math.PI * u[1], x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.Sin(x1) + A * Math.Pow(Math.Sin(x2), 2) + B * Math.Pow(x3, 4) * Math.Sin(x1);
    }

    // Analytic variances (Sobol' & Levitan 1999): V1 = 0.5(1 + bπ⁴/5)², V2 = a²/8, V13 = b²π⁸(1/18 − 1/50).
    private static readonly double V1 = 0.5 * Math.Pow(1 + B * Math.Pow(Math.PI, 4) / 5, 2);
    private static readonly double V2 = A * A / 8;
    private static readonly double V13 = B * B * Math.Pow(Math.PI, 8) * (1.0 / 18 - 1.0 / 50);
    private static readonly double V = V1 + V2 + V13;

    private static Random Stream(string purpose) => new RandomStreams(20261123, 0).Get(purpose).AsRandom();

    [Test]
    public void AnalyticIshigamiIndicesAreThePublishedOnes()
    {
        // Guards the reference itself: S1 ≈ 0.314, 0.442, 0; ST ≈ 0.558, 0.442, 0.244 for a = 7, b = 0.1.
        Assert.That(V1 / V, Is.EqualTo(0.314).Within(0.001));
        Assert.That(V2 / V, Is.EqualTo(0.442).Within(0.001));
        Assert.That((V1 + V13) / V, Is.EqualTo(0.558).Within(0.001));
        Assert.That(V13 / V, Is.EqualTo(0.244).Within(0.001));
    }

    [Test]
    public void SobolRecoversIshigamiIndicesAndRanking()
    {
        var sample = SobolMethod.Sample(3, 8192, Stream("saltelli"));
        var y = sample.Points.Select(Ishigami).ToArray();
        var indices = SobolMethod.Analyse(sample, y, 300, Stream("bootstrap"));

        double[] s1 = [V1 / V, V2 / V, 0], st = [(V1 + V13) / V, V2 / V, V13 / V];
        for (var i = 0; i < 3; i++)
        {
            var index = indices[i];
            Assert.That(index.S1, Is.EqualTo(s1[i]).Within(0.04), $"S1 of x{i + 1}");
            Assert.That(index.ST, Is.EqualTo(st[i]).Within(0.04), $"ST of x{i + 1}");
            Assert.That(index.S1Low, Is.LessThan(index.S1).And.LessThan(s1[i] + 0.01), $"S1 CI of x{i + 1} reaches down to the truth");
            Assert.That(index.S1High, Is.GreaterThan(index.S1).And.GreaterThan(s1[i] - 0.01), $"S1 CI of x{i + 1} reaches up to the truth");
            Assert.That(index.STLow, Is.LessThan(st[i] + 0.01), $"ST CI of x{i + 1}");
            Assert.That(index.STHigh, Is.GreaterThan(st[i] - 0.01), $"ST CI of x{i + 1}");
        }
        var byTotal = indices.OrderByDescending(i => i.ST).Select(i => i.Factor);
        Assert.That(byTotal, Is.EqualTo(new[] { 0, 1, 2 }), "ST ranking x1 > x2 > x3");
        var byFirst = indices.OrderByDescending(i => i.S1).Select(i => i.Factor);
        Assert.That(byFirst, Is.EqualTo(new[] { 1, 0, 2 }), "S1 ranking x2 > x1 > x3");
        Assert.That(indices[2].S1High - indices[2].S1Low, Is.LessThan(0.1), "CIs narrow enough to tell the factors apart");
    }

    [Test]
    public void MorrisMatchesTheExactElementaryEffectsOfIshigami()
    {
        const int levels = 4;
        var sample = MorrisMethod.Sample(3, 2000, levels, Stream("morris"));
        var y = sample.Points.Select(Ishigami).ToArray();
        var indices = MorrisMethod.Analyse(sample, y, 500, Stream("bootstrap"));

        for (var i = 0; i < 3; i++)
        {
            var exact = ExactMuStar(i, levels);
            Assert.That(indices[i].MuStar, Is.EqualTo(exact).Within(0.08 * exact), $"μ* of x{i + 1}");
            Assert.That(exact, Is.InRange(indices[i].MuStarLow * 0.97, indices[i].MuStarHigh * 1.03), $"bootstrap CI of x{i + 1} covers the exact μ*");
        }
        // The published screening of Ishigami with 4 levels (exact μ* ≈ 7.70, 7.87, 6.25): x1 and x2 on top, close
        // together, and x3 clearly last — its CI lies below both others.
        Assert.That(indices.MinBy(i => i.MuStar)!.Factor, Is.EqualTo(2));
        Assert.That(indices[2].MuStarHigh, Is.LessThan(Math.Min(indices[0].MuStarLow, indices[1].MuStarLow)));
        // x3 acts only through its interaction with x1: its effects change sign, so μ is near 0 while μ* is not.
        Assert.That(Math.Abs(indices[2].Mu), Is.LessThan(0.3 * indices[2].MuStar));
        Assert.That(indices[2].Sigma, Is.GreaterThan(indices[2].MuStar * 0.8));
    }

    [Test]
    public void MorrisStepsStayOnTheGridAndMoveOneFactorAtATime()
    {
        var sample = MorrisMethod.Sample(5, 30, 6, Stream("morris-grid"));
        var delta = 6 / (2.0 * 5);
        for (var t = 0; t < sample.Trajectories; t++)
        {
            for (var s = 0; s < 5; s++)
            {
                var before = sample.Points[t * 6 + s];
                var after = sample.Points[t * 6 + s + 1];
                var changed = Enumerable.Range(0, 5).Where(i => before[i] != after[i]).ToArray();
                Assert.That(changed, Is.EqualTo(new[] { sample.Moved[t][s] }));
                Assert.That(Math.Abs(after[changed[0]] - before[changed[0]]), Is.EqualTo(delta).Within(1e-12));
            }
            Assert.That(sample.Moved[t].Order(), Is.EqualTo(Enumerable.Range(0, 5)), "every factor moves once per trajectory");
            foreach (var point in sample.Points.Skip(t * 6).Take(6))
            {
                foreach (var v in point)
                    Assert.That(v * 5, Is.EqualTo(Math.Round(v * 5)).Within(1e-9).And.InRange(-1e-9, 5 + 1e-9), "on the 6-level grid in [0, 1]");
            }
        }
    }

    /// <summary>
    /// What Morris estimates, computed exactly: at the moment factor i moves, every other factor sits on each of
    /// the p levels with equal probability and factor i starts at one of the lower p/2 levels. Enumerating that grid gives μ*.
    /// </summary>
    private static double ExactMuStar(int factor, int levels)
    {
        var delta = levels / (2.0 * (levels - 1));
        var grid = Enumerable.Range(0, levels).Select(l => l / (double)(levels - 1)).ToArray();
        double sum = 0;
        var count = 0;
        foreach (var a in grid)
        foreach (var b in grid)
        foreach (var start in grid.Take(levels / 2))
        {
            var others = new Queue<double>([a, b]);
            var x = new double[3];
            for (var j = 0; j < 3; j++)
                x[j] = j == factor ? start : others.Dequeue();
            var moved = (double[])x.Clone();
            moved[factor] += delta;
            sum += Math.Abs(Ishigami(moved) - Ishigami(x)) / delta;
            count++;
        }
        return sum / count;
    }

    [Test]
    public void LatinHypercubeFillsEveryStratumOfEveryParameterOnce()
    {
        const int n = 37, k = 6;
        var cube = LatinHypercube.Sample(n, k, Stream("lhs"));
        Assert.That(cube, Has.Length.EqualTo(n));
        for (var j = 0; j < k; j++)
        {
            var strata = cube.Select(p => LatinHypercube.Stratum(p[j], n)).Order();
            Assert.That(strata, Is.EqualTo(Enumerable.Range(0, n)), $"parameter {j}");
        }
        // The pairing of strata across parameters is random, not the diagonal.
        Assert.That(cube.Count(p => LatinHypercube.Stratum(p[0], n) == LatinHypercube.Stratum(p[1], n)), Is.LessThan(n / 2));
    }

    [Test]
    public void FullGridHasEveryCombinationOnce()
    {
        var points = FullGrid.Points([[1, 2, 3], [10, 20]]);
        Assert.That(points.Select(p => $"{p[0]}/{p[1]}"), Is.EqualTo(new[] { "1/10", "1/20", "2/10", "2/20", "3/10", "3/20" }));
    }
}
