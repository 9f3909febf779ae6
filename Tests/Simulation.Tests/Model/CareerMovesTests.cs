using NUnit.Framework;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model;
using Planner.Simulation.Model.Parameters;
using static Planner.Simulation.Tests.Designs.DesignRuns;

namespace Planner.Simulation.Tests.Model;

/// <summary>Turnover beyond strain (CareerMoves; S000, S003): the region's pull and career moves in the first years.</summary>
[TestFixture]
public class CareerMovesTests
{
    [Test]
    public void The_strain_independent_rate_is_the_regions_pull_plus_the_early_career_part()
    {
        Assert.That(new CareerMoves(new TurnoverParameters()).RatePerYear(12), Is.Zero, "the national default adds nothing");
        var national = new CareerMoves(new TurnoverParameters { EarlyCareerPercentPerYear = 8 });
        Assert.That(national.RatePerYear(120), Is.Zero, "an experienced holder in the national market");
        Assert.That(national.RatePerYear(12), Is.EqualTo(0.08).Within(1e-12), "career moves in the first 24 months");
        var metropolitan = new CareerMoves(new TurnoverParameters { Region = "metropolitan" });
        Assert.That(metropolitan.RatePerYear(120), Is.EqualTo(0.18).Within(1e-12));
        var given = new CareerMoves(new TurnoverParameters { Region = "metropolitan", LabourMarketPullPercentPerYear = 5 });
        Assert.That(given.RatePerYear(120), Is.EqualTo(0.05).Within(1e-12), "the user's figure wins over the region's");
        Assert.That(national.SteadyRatePerYear(0.3, 0.6), Is.InRange(0.02, 0.06), "a share of the staff is in its first years");
    }

    [Test]
    public void A_strong_labour_market_pull_raises_turnover_at_the_same_strain()
    {
        // Paired: the same households, staff and luck; only the region's pull differs. The baseline unit (20 posts): with
        // five, a handful of resignations more or less swamps the difference.
        var p = new UnitParameters();
        var pulled = p with { Turnover = p.Turnover with { LabourMarketPullPercentPerYear = 20 } };
        const int reps = 6;
        const double years = 3;
        var turnover = Values(p, MetricCatalogue.TurnoverPercentPerYear, reps, years, 17);
        var turnoverPulled = Values(pulled, MetricCatalogue.TurnoverPercentPerYear, reps, years, 17);
        var (gain, half) = Paired(turnover, turnoverPulled);
        TestContext.Out.WriteLine($"turnover {turnover.Average():F1} → {turnoverPulled.Average():F1} %/year (+{gain:F1} ± {half:F1})");
        Assert.That(gain - half, Is.GreaterThan(5), "the pull shows as turnover");
        var (strainShift, _) = Paired(Values(p, MetricCatalogue.StrainIndex, reps, years, 17), Values(pulled, MetricCatalogue.StrainIndex, reps, years, 17));
        Assert.That(Math.Abs(strainShift), Is.LessThan(0.05), "at about the same strain");
    }
}
