using Planner.Scenarios.Calibration;
using Planner.Scenarios.Experiments;

namespace Planner.Scenarios.Tests.Calibration;

public class EmulatorTests
{
    // A smooth response in three dimensions with noise, like replication means: y = 2x₀ + sin(3x₁) + x₀x₂ + ε.
    private static double Truth(double[] x) => 2 * x[0] + Math.Sin(3 * x[1]) + x[0] * x[2];

    private static (List<double[]> X, List<double> Y) Sample(int n, int seed, double noise)
    {
        var random = new Random(seed);
        var x = LatinHypercube.Sample(n, 3, random).ToList();
        return (x, x.Select(p => Truth(p) + noise * (random.NextDouble() - 0.5) * Math.Sqrt(12)).ToList());
    }

    [Test]
    public void The_plain_tree_walk_gives_ML_NETs_own_scores()
    {
        var (x, y) = Sample(60, 1, 0.05);
        var emulator = TargetEmulator.Train(x, y, new EmulatorSettings(Members: 3), seed: 9);
        var (probe, _) = Sample(200, 2, 0);
        var plain = emulator.MemberScores(probe);
        for (var b = 0; b < 3; b++)
            Assert.That(plain[b], Is.EqualTo(emulator.MlNetScores(b, probe)).Within(1e-4), $"member {b}");
    }

    [Test]
    public void Held_out_points_fall_inside_3_sigma_and_the_emulator_beats_the_mean()
    {
        var (x, y) = Sample(120, 3, 0.1);
        var emulator = TargetEmulator.Train(x, y, new EmulatorSettings(), seed: 4);
        var (heldX, heldY) = Sample(200, 5, 0.1);
        var predicted = emulator.Predict(heldX);
        var inside = heldY.Where((v, i) => Math.Abs(v - predicted[i].Mean) <= 3 * Math.Sqrt(predicted[i].Variance)).Count();
        var rmse = Math.Sqrt(heldY.Select((v, i) => Math.Pow(v - predicted[i].Mean, 2)).Average());
        var sd = Math.Sqrt(heldY.Select(v => Math.Pow(v - heldY.Average(), 2)).Average());
        TestContext.Progress.WriteLine($"inside ±3σ: {inside}/200; RMSE {rmse:0.000} vs SD {sd:0.000}; out-of-bag RMSE {emulator.OutOfBagRmse:0.000}");
        Assert.That(inside / 200.0, Is.GreaterThanOrEqualTo(0.9));
        Assert.That(rmse, Is.LessThan(0.35 * sd), "the emulator explains most of the variance");
        Assert.That(emulator.OutOfBagRmse, Is.EqualTo(rmse).Within(0.6 * rmse), "the out-of-bag error estimates the held-out error");
    }

    [Test]
    public void The_same_seed_gives_the_same_emulator()
    {
        var (x, y) = Sample(40, 6, 0.1);
        var a = TargetEmulator.Train(x, y, new EmulatorSettings(Members: 4), seed: 2).Predict(x);
        var b = TargetEmulator.Train(x, y, new EmulatorSettings(Members: 4), seed: 2).Predict(x);
        Assert.That(a, Is.EqualTo(b));
    }
}
