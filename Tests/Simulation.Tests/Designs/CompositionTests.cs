using NUnit.Framework;
using Planner.Simulation.Designs;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model;
using Planner.Simulation.Model.Parameters;
using Planner.Simulation.Tests.Model;
using static Planner.Simulation.Tests.Designs.DesignRuns;

namespace Planner.Simulation.Tests.Designs;

/// <summary>Designs combine; switching one on changes only what it changes (common random numbers).</summary>
[TestFixture]
public class CompositionTests
{
    /// <summary>
    /// Every design on: the ones that add posts sized for the small unit, every other with its defaults — found by
    /// reflection over the designs block, so that a new design joins without an edit here.
    /// </summary>
    private static DesignParameters Everything()
    {
        var d = new DesignParameters(new BeredskapsteamParameters { Members = 1 }, new IntakeUnitParameters { Posts = 2 }, new PaymentSplitParameters { Ekonomihandlaggare = 1 });
        foreach (var design in DesignParameters.Registered)
            d = d.Get(design) is null ? d.With(design, (IDesignParameters)Activator.CreateInstance(design.Type)!) : d;
        return d;
    }

    [Test]
    public void An_empty_designs_block_changes_no_core_figure()
    {
        var run = new ModelRun(2, 31, 3);
        var none = UnitModel.Run(UnitModelTests.Small(), run);
        var empty = UnitModel.Run(Small(new DesignParameters()), run);
        foreach (var m in MetricCatalogue.Core)
            Assert.That(empty.Values[m.Key], Is.EqualTo(none.Values[m.Key]), m.Key);
        for (int i = 0; i < none.Monthly.Rows.Count; i++)
            Assert.That(empty.Monthly.Rows[i], Is.EqualTo(none.Monthly.Rows[i]));
        foreach (var m in MetricCatalogue.Declared)
            Assert.That(empty.Values.ContainsKey(m.Key), m.Key);
    }

    [Test]
    public void A_design_draws_from_its_own_stream_so_other_draws_do_not_shift()
    {
        // Timvikarier that are never found draw a uniform for every absent caseworker-day and do nothing else:
        // if those draws came from a shared stream, households and sick spells would change.
        var run = new ModelRun(2, 31, 3);
        var baseline = UnitModel.Run(Small(new DesignParameters()), run);
        var drawing = UnitModel.Run(Small(new DesignParameters(new TimvikarierParameters { Availability = 0 })), run);
        foreach (var m in MetricCatalogue.Core)
            Assert.That(drawing.Values[m.Key], Is.EqualTo(baseline.Values[m.Key]), m.Key);
    }

    [TestCase(1UL)]
    [TestCase(2UL)]
    public void Households_and_staff_are_conserved_with_every_design_on(ulong seed)
    {
        var p = Small(Everything());
        p = p with { Turnover = p.Turnover with { BaseResignationPercentPerYear = 40, ConsultantCoverForVacancies = true } };
        var r = UnitModel.Run(p, new ModelRun(3, seed, 1));
        var c = r.Conservation;
        Assert.That(c.HouseholdsInitial + c.HouseholdsArrived, Is.EqualTo(c.HouseholdsActiveAtEnd + c.HouseholdsInIntakeAtEnd + c.HouseholdsExited));
        Assert.That(c.StaffInitial + c.StaffHired, Is.EqualTo(c.StaffEmployedAtEnd + c.StaffLeft));
        Assert.That(c.StaffLeft, Is.GreaterThan(0));
        foreach (var m in MetricCatalogue.All)
            Assert.That(double.IsFinite(r.Values[m.Key]), m.Key);
    }

    [Test]
    public void Same_designs_and_seed_give_identical_results()
    {
        var p = Small(Everything());
        var a = UnitModel.Run(p, new ModelRun(2, 8, 1));
        var b = UnitModel.Run(p, new ModelRun(2, 8, 1));
        Assert.That(b.Values, Is.EquivalentTo(a.Values));
    }

    [Test]
    public void Common_random_numbers_make_the_paired_interval_narrower_than_the_unpaired()
    {
        var baseline = Small(new DesignParameters());
        var team = Small(new DesignParameters(new BeredskapsteamParameters { Members = 1 }));
        foreach (var key in new[] { MetricCatalogue.CasesPerFte, MetricCatalogue.StrainIndex, MetricCatalogue.TotalCostPerYear })
        {
            var a = Values(baseline, key, 8, 2);
            var b = Values(team, key, 8, 2);
            var (_, paired) = Paired(a, b);
            var (_, ha) = MeanAndHalfWidth(a);
            var (_, hb) = MeanAndHalfWidth(b);
            // Equal n: the unpaired half-width is at least about √(ha² + hb²) (Welch's t is no smaller than the paired t here).
            double unpaired = Math.Sqrt(ha * ha + hb * hb);
            Assert.That(paired, Is.LessThan(0.5 * unpaired), key);
        }
    }

    [Test]
    public void The_combined_effect_is_not_the_sum_of_the_parts()
    {
        // FAS raises strain (the quota first, sick days' meetings caught up, the crunch); a beredskapsteam lowers it
        // (absent colleagues' urgent work does not wait for them). Together strain rises less than the two effects
        // add up to: the team relieves more under FAS, and strain saturates. Measured: interaction ≈ −0.02 ± 0.01.
        var fas = new FasParameters();
        var team = new BeredskapsteamParameters { Members = 2 };
        double[] Strain(DesignParameters d) => Values(Steady(Small(d)), MetricCatalogue.StrainIndex, 12, 2);
        var none = Strain(new DesignParameters());
        var withFas = Strain(new DesignParameters(fas));
        var withTeam = Strain(new DesignParameters(team));
        var both = Strain(new DesignParameters(fas, team));
        var interaction = Enumerable.Range(0, none.Length).Select(i => (both[i] - none[i]) - ((withFas[i] - none[i]) + (withTeam[i] - none[i]))).ToArray();
        var (mean, half) = MeanAndHalfWidth(interaction);
        TestContext.Out.WriteLine($"FAS {withFas.Average() - none.Average():F3}, team {withTeam.Average() - none.Average():F3}, both {both.Average() - none.Average():F3}, interaction {mean:F3} ± {half:F3}");
        Assert.That(mean + half, Is.LessThan(0), "the combined strain effect is below the sum of the parts");
    }
}
