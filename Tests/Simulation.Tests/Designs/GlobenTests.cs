using NUnit.Framework;
using Planner.Simulation.Designs;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model;

namespace Planner.Simulation.Tests.Designs;

/// <summary>The Globen focus model (S000): focus clients leave sooner than the same households without it, and it costs the deputy chief's hours.</summary>
[TestFixture]
public class GlobenTests
{
    private static readonly GlobenParameters Focus = new() { FocusClientsPerWorker = 6, RotationMonths = 4 };

    [Test]
    public void Focus_clients_spend_fewer_months_on_assistance_than_the_same_households_without_it()
    {
        var without = DesignRuns.Small(new DesignParameters());
        var with = DesignRuns.Small(new DesignParameters(Focus));
        var differences = new List<double>();
        for (int r = 1; r <= 8; r++)
        {
            var sim = new UnitSimulation(with, new ModelRun(2, 99, r));
            var monthsWith = new Dictionary<int, int>();
            sim.HouseholdMonthCounted = (_, h) => monthsWith[h.Id] = monthsWith.GetValueOrDefault(h.Id) + 1;
            sim.Execute();
            var focus = sim.Designs.Active.OfType<Globen>().Single().EverFocus;
            Assert.That(focus.Count, Is.GreaterThan(5 * 6), "every krets had focus clients, and they rotated");

            var plain = new UnitSimulation(without, new ModelRun(2, 99, r));
            var monthsWithout = new Dictionary<int, int>();
            plain.HouseholdMonthCounted = (_, h) => monthsWithout[h.Id] = monthsWithout.GetValueOrDefault(h.Id) + 1;
            plain.Execute();
            // The same households (common random numbers): their months on assistance over the run, per focus client.
            differences.Add(focus.Average(id => monthsWith.GetValueOrDefault(id) - (double)monthsWithout.GetValueOrDefault(id)));
        }
        var (mean, half) = DesignRuns.MeanAndHalfWidth([.. differences]);
        Assert.That(mean + half, Is.LessThan(0), $"focus clients' months: {mean:F2} ± {half:F2} per client");
    }

    [Test]
    public void It_costs_the_deputy_chiefs_hours_for_every_focus_client_month()
    {
        var unit = DesignRuns.Small(new DesignParameters(Focus));
        var r = UnitModel.Run(unit, new ModelRun(1, 99, 1));
        double months = r.Monthly.Rows.Count;
        double perWorker = r.Values[Globen.FocusClientsKey];
        Assert.That(perWorker, Is.GreaterThan(5.5).And.LessThanOrEqualTo(6), "six focus clients in a krets of about 55");
        double hours = r.Values[Globen.DeputyHoursKey] * months;
        Assert.That(hours, Is.EqualTo(perWorker * 5 * months * Focus.DeputyHoursPerFocusClientMonth).Within(5).Percent,
            "0.25 h per focus client and month, five krets posts (fewer while one is vacant)");
        Assert.That(r.Values[MetricCatalogue.DesignCostPerYear], Is.EqualTo(hours * Focus.DeputyCostPerHour).Within(1e-9).Percent,
            "the follow-up is the design's running cost");
        var plain = UnitModel.Run(DesignRuns.Small(new DesignParameters()), new ModelRun(1, 99, 1));
        Assert.That(plain.Values[MetricCatalogue.DesignCostPerYear], Is.EqualTo(0));
        Assert.That(plain.Values[Globen.FocusClientsKey], Is.NaN, "a designs block without Globen: no focus clients to count");
        Assert.That(plain.Values[Globen.DeputyHoursKey], Is.EqualTo(0), "and no follow-up hours, so a baseline pairs with it");
    }

    [Test]
    public void Its_figures_are_declared_by_the_design_and_found_without_a_central_list()
    {
        Assert.That(MetricCatalogue.Declared.Select(m => m.Key), Is.SupersetOf(new[] { Globen.FocusClientsKey, Globen.DeputyHoursKey }));
        Assert.That(MetricCatalogue.IsDesignMetric(Globen.DeputyHoursKey), Is.True);
        Assert.That(Enum.GetNames<Counter>().Any(n => n.Contains("Focus", StringComparison.Ordinal) || n.Contains("Deputy", StringComparison.Ordinal)), Is.False,
            "no slot in the central counter enum");
    }
}
