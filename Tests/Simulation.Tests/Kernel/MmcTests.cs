using MathNet.Numerics.Distributions;
using NUnit.Framework;
using Planner.Simulation.Kernel;

namespace Planner.Simulation.Tests.Kernel;

/// <summary>
/// The scheduler against queueing theory: M/M/c with c = 10, λ = 9, μ = 1 (utilisation 0.9), whose mean
/// wait in queue is Erlang C's Wq = C(c, a) / (cμ − λ) with a = λ/μ. A queue whose events ran out of
/// time order, or lost or repeated one, would miss it: the wait is the sum of many exact orderings.
/// </summary>
[TestFixture]
public class MmcTests
{
    private const int Servers = 10;
    private const double Lambda = 9;
    private const double Mu = 1;
    private const int Warmup = 20_000;
    private const int Customers = 200_000;
    private const int Replications = 12;
    private const ulong Seed = 20_251_123;

    /// <summary>Erlang C: the probability that an arrival has to wait, from its textbook formula.</summary>
    private static double ErlangC(int c, double a)
    {
        double term = 1;
        double sum = 0;
        for (int k = 0; k < c; k++)
        {
            sum += term;
            term *= a / (k + 1);
        }
        // term is now a^c / c!
        double waiting = term * c / (c - a);
        return waiting / (sum + waiting);
    }

    private static double TheoreticalWq => ErlangC(Servers, Lambda / Mu) / (Servers * Mu - Lambda);

    [Test]
    public void ErlangCFormulaMatchesAKnownValue()
    {
        // c = 2, a = 1: P(wait) = 1/3 (a textbook case); guards the helper the other tests rely on.
        Assert.That(ErlangC(2, 1), Is.EqualTo(1.0 / 3).Within(1e-12));
        Assert.That(ErlangC(1, 0.5), Is.EqualTo(0.5).Within(1e-12), "M/M/1: P(wait) = ρ");
    }

    [Test]
    public void MeanWaitInQueueAgreesWithErlangC()
    {
        var means = new double[Replications];
        for (int r = 0; r < Replications; r++)
        {
            var waits = new MmcQueue(Servers, Lambda, Mu, new RandomStreams(Seed, r)).Run(Warmup, Customers);
            Assert.That(waits.Count, Is.GreaterThanOrEqualTo(Customers));
            means[r] = waits.Mean;
        }

        double mean = means.Average();
        double sd = Math.Sqrt(means.Sum(m => (m - mean) * (m - mean)) / (Replications - 1));
        double halfWidth = StudentT.InvCDF(0, 1, Replications - 1, 0.975) * sd / Math.Sqrt(Replications);
        double wq = TheoreticalWq;

        TestContext.Out.WriteLine(FormattableString.Invariant($"Wq = {mean:F4} ± {halfWidth:F4} (95 % CI), Erlang C {wq:F4}"));
        Assert.That(wq, Is.InRange(mean - halfWidth, mean + halfWidth));
        // A CI that is too wide would pass anything: require it to be informative.
        Assert.That(halfWidth, Is.LessThan(0.10 * wq));
    }

    [Test]
    public void AQueueWithMoreServersThanCustomersNeverWaits()
    {
        // Every arrival finds a free server: all waits are zero and each customer is two events.
        var waits = new MmcQueue(1_000, 1, 1, new RandomStreams(Seed, 0)).Run(0, 100);
        Assert.That(waits.Count, Is.EqualTo(100));
        Assert.That(waits.Mean, Is.Zero);
        Assert.That(waits.Events, Is.EqualTo(200));
    }
}
