using NUnit.Framework;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model;
using Planner.Simulation.Model.Parameters;
using static Planner.Simulation.Tests.Designs.DesignRuns;

namespace Planner.Simulation.Tests.Model;

/// <summary>The chief's absence (Manager; S001), receipt audits and eligibility changes (Audits; S004), no-shows (S004).</summary>
[TestFixture]
public class ManagerAuditTests
{
    [Test]
    public void A_chief_often_away_lengthens_decisions_and_removes_the_support()
    {
        // Paired: the same households and staff; the chief away a third of the time against never.
        // Support that matters (a larger relief than the default) so that its absence shows in strain beyond the noise.
        var p = UnitModelTests.Small();
        p = p with { Strain = p.Strain with { SupportRelief = 0.2 } };
        var never = p with { Manager = p.Manager with { AbsenceSpellsPerYear = 0, ResignationPercentPerYear = 0 } };
        var often = p with { Manager = p.Manager with { AbsenceSpellsPerYear = 20, AbsenceSpellWorkingDays = 4, SignatureShare = 0.5 } };
        var days = Paired(Values(never, MetricCatalogue.DaysToDecision, 4, 2, 11), Values(often, MetricCatalogue.DaysToDecision, 4, 2, 11));
        TestContext.Out.WriteLine($"days to decision +{days.Mean:F2} ± {days.HalfWidth:F2}");
        Assert.That(days.Mean - days.HalfWidth, Is.GreaterThan(0.3), "decisions needing a signature wait for the chief");
        Assert.That(ClearlyAbove(Values(never, MetricCatalogue.StrainIndex, 4, 2, 11), Values(often, MetricCatalogue.StrainIndex, 4, 2, 11)), Is.True,
            "without the chief's support strain is higher");
        var none = often with { Manager = often.Manager with { SignatureShare = 0 } };
        var withoutSignatures = Paired(Values(never, MetricCatalogue.DaysToDecision, 4, 2, 11), Values(none, MetricCatalogue.DaysToDecision, 4, 2, 11));
        Assert.That(withoutSignatures.Mean, Is.LessThan(days.Mean / 3), "the delay is the signatures'");
    }

    [Test]
    public void Receipt_audits_lower_the_benefit_cost_and_cost_hours()
    {
        var p = UnitModelTests.Small();
        var audited = p with { Audits = p.Audits with { PerWorkerPerMonth = 5 } };
        var benefit = Paired(Values(p, MetricCatalogue.BenefitCostPerYear, 4, 2, 13), Values(audited, MetricCatalogue.BenefitCostPerYear, 4, 2, 13));
        TestContext.Out.WriteLine($"benefit cost {benefit.Mean:N0} ± {benefit.HalfWidth:N0} SEK/year");
        Assert.That(benefit.Mean + benefit.HalfWidth, Is.LessThan(0), "lower benefit payouts");
        Assert.That(ClearlyAbove(Values(p, MetricCatalogue.Utilisation, 4, 2, 13), Values(audited, MetricCatalogue.Utilisation, 4, 2, 13)), Is.True,
            "the checks cost hours");
        var sim = new UnitSimulation(audited, new ModelRun(1, 13, 1));
        sim.Execute();
        double months = 12, posts = 5;
        Assert.That(sim.Metrics.Total(Counter.Audits), Is.InRange(0.8 * 5 * posts * months, 5 * posts * months), "five checks a post and month (fewer in vacant months)");
    }

    [Test]
    public void No_shows_cost_the_meetings_time_without_their_effect()
    {
        var p = UnitModelTests.Small();
        var none = p with { ContactNeed = p.ContactNeed with { NoShowShare = 0 } };
        var many = p with { ContactNeed = p.ContactNeed with { NoShowShare = 0.5 } };
        Assert.That(ClearlyAbove(Values(many, MetricCatalogue.ShareMetInMonth, 6, 3, 19), Values(none, MetricCatalogue.ShareMetInMonth, 6, 3, 19)), Is.True, "fewer met");
        Assert.That(ClearlyAbove(Values(many, MetricCatalogue.ExitsPer100PerMonth, 6, 3, 19), Values(none, MetricCatalogue.ExitsPer100PerMonth, 6, 3, 19)), Is.True, "fewer exits");
        var noShows = Values(many, MetricCatalogue.NoShowShare, 2, 1, 19);
        Assert.That(noShows.Average(), Is.EqualTo(0.5).Within(0.05), "half the booked meetings");
    }
}
