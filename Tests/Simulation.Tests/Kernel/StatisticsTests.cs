using System.Globalization;
using NUnit.Framework;
using Planner.Simulation.Kernel;

namespace Planner.Simulation.Tests.Kernel;

[TestFixture]
public class StatisticsTests
{
    [Test]
    public void TimeWeightedStatisticOfAKnownStepFunction()
    {
        // Level 0 on [0, 2), 3 on [2, 5), 1 on [5, 10): integral 0 + 9 + 5 = 14 over 10 days.
        var level = new TimeWeightedStatistic(startTime: 0, initialLevel: 0);
        level.Record(2, 3);
        level.Record(5, 1);

        Assert.That(level.Integral, Is.EqualTo(9).Within(1e-12));
        Assert.That(level.Mean, Is.EqualTo(9 / 5.0).Within(1e-12));
        Assert.That(level.IntegralAt(10), Is.EqualTo(14).Within(1e-12));
        Assert.That(level.MeanAt(10), Is.EqualTo(1.4).Within(1e-12));
        Assert.That(level.Max, Is.EqualTo(3));
        Assert.That(level.Min, Is.EqualTo(0));
        Assert.That(level.Current, Is.EqualTo(1));
        Assert.That(() => level.Record(4, 2), Throws.TypeOf<ArgumentOutOfRangeException>());

        // After a reset only the new window counts, starting from the current level.
        level.Reset(10);
        level.Record(12, 5);
        Assert.That(level.MeanAt(14), Is.EqualTo((1 * 2 + 5 * 2) / 4.0).Within(1e-12));
        Assert.That(level.Min, Is.EqualTo(1));
    }

    [Test]
    public void SampleStatisticMatchesATwoPassComputation()
    {
        // A large offset is where a naive sum-of-squares variance loses all its digits.
        var random = new StreamRandom(5);
        var values = Enumerable.Range(0, 10_000).Select(_ => 1e9 + random.Exponential(3)).ToArray();
        var statistic = new SampleStatistic();
        foreach (double v in values) statistic.Add(v);

        double mean = values.Average();
        double variance = values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1);

        Assert.That(statistic.Count, Is.EqualTo(values.Length));
        Assert.That(statistic.Mean, Is.EqualTo(mean).Within(1e-12).Percent);
        Assert.That(statistic.Variance, Is.EqualTo(variance).Within(1e-6).Percent);
        Assert.That(statistic.Variance, Is.EqualTo(9).Within(10).Percent, "exponential with mean 3 has variance 9");
        Assert.That(statistic.Min, Is.EqualTo(values.Min()));
        Assert.That(statistic.Max, Is.EqualTo(values.Max()));
    }

    [Test]
    public void UndefinedFiguresAreNaNAndResetForgets()
    {
        var statistic = new SampleStatistic();
        Assert.That(statistic.Mean, Is.NaN);
        statistic.Add(4);
        Assert.That(statistic.Mean, Is.EqualTo(4));
        Assert.That(statistic.Variance, Is.NaN);
        statistic.Add(6);
        Assert.That(statistic.Variance, Is.EqualTo(2));

        statistic.Reset();
        Assert.That(statistic.Count, Is.Zero);
        Assert.That(statistic.Max, Is.NaN);
    }

    [Test]
    public void StatisticsPrintInTheInvariantCultureWhateverTheCurrentCulture()
    {
        var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        comma.NumberFormat.NumberDecimalSeparator = ",";
        comma.NumberFormat.NumberGroupSeparator = " ";
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = comma;
            var sample = new SampleStatistic();
            sample.Add(1.5);
            sample.Add(2.5);
            var level = new TimeWeightedStatistic();
            level.Record(1, 2.5);

            Assert.That(sample.ToString(), Is.EqualTo("n=2 mean=2 sd=0.707107 min=1.5 max=2.5"));
            Assert.That(level.ToString(), Does.StartWith("mean=0 min=0 max=2.5 current=2.5"));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
