using NUnit.Framework;
using Planner.Simulation.Metrics;

namespace Planner.Simulation.Tests.Model;

/// <summary>The core figures are declared by the mechanisms that produce them and assembled by the catalogue.</summary>
[TestFixture]
public class CoreFigureTests
{
    private static readonly Type[] Declaring =
    [
        .. typeof(MetricCatalogue).Assembly.GetTypes()
            .Where(t => !t.IsInterface && t.GetInterfaces().Contains(typeof(IDeclaresCoreMetrics))),
    ];

    [Test]
    public void Core_figures_come_from_the_model_mechanisms_each_in_its_own_place()
    {
        Assert.That(Declaring, Is.Not.Empty);
        foreach (var t in Declaring)
        {
            Assert.That(t.Namespace, Is.EqualTo("Planner.Simulation.Model"), t.FullName);
            // A figure is either always reported (core) or only with a designs block (a design's): not both.
            Assert.That(t.GetInterfaces(), Does.Not.Contain(typeof(IDeclaresMetrics)), t.FullName);
        }
        var figures = MetricCatalogue.CoreFigures;
        // A shared place would leave the report order to the declaring types' names.
        Assert.That(figures.Select(f => f.ReportOrder), Is.Unique.And.Ordered);
        Assert.That(figures.Select(f => f.Definition.Key), Is.Unique);
        Assert.That(MetricCatalogue.Core.Select(m => m.Key), Is.EquivalentTo(figures.Select(f => f.Definition.Key)));
        Assert.That(MetricCatalogue.Core.Select(m => m.Key).Intersect(MetricCatalogue.Declared.Select(m => m.Key)), Is.Empty);
        Assert.That(MetricCatalogue.All.Take(figures.Count).Select(m => m.Key), Is.EqualTo(figures.Select(f => f.Definition.Key)));
    }

    [Test]
    public void Core_formulas_divide_the_summed_counters_and_report_zero_where_nothing_was_counted()
    {
        var raw = new double[(int)Counter.Count];
        raw[(int)Counter.Resignations] = 6;
        raw[(int)Counter.FilledPostDays] = 2 * 250 * 10;   // 10 posts filled over two years' working days
        raw[(int)Counter.WorkingDays] = 2 * 250;
        raw[(int)Counter.StaffCost] = 1_000_000;
        raw[(int)Counter.BenefitCost] = 3_000_000;
        raw[(int)Counter.DesignCost] = 500;
        var sums = new CounterSums(raw, new Dictionary<CounterKey, int>(), 2, 24) { Population = 1000, HouseholdsInYears = 40, LongTermHouseholds = 10 };
        double Value(string key) => MetricCatalogue.CoreFigures.Single(f => f.Definition.Key == key).Value(sums);

        Assert.That(Value(MetricCatalogue.TurnoverPercentPerYear), Is.EqualTo(100 * 3.0 / 10).Within(1e-12));
        Assert.That(Value(MetricCatalogue.ResignationsPerYear), Is.EqualTo(3));
        Assert.That(Value(MetricCatalogue.TotalCostPerYear), Is.EqualTo(4_000_500 / 2.0));
        Assert.That(Value(MetricCatalogue.CostPerInhabitant), Is.EqualTo(4_000_500 / 2.0 / 1000));
        Assert.That(Value(MetricCatalogue.LongTermShare), Is.EqualTo(0.25));
        // No decisions and no households counted: the core figures report 0, not a gap.
        Assert.That(Value(MetricCatalogue.DaysToDecision), Is.EqualTo(0));
        Assert.That(Value(MetricCatalogue.ShareMetInMonth), Is.EqualTo(0));
        Assert.That(Value(MetricCatalogue.MeanSpellMonths), Is.EqualTo(0));
    }

    [Test]
    public void Year_figures_come_from_the_model_mechanisms_and_need_a_whole_year_for_the_10_of_12_rule()
    {
        var own = YearlyCatalogue.OwnFigures;
        Assert.That(own.Select(f => f.ReportOrder), Is.Unique.And.Ordered);
        Assert.That(YearlyCatalogue.Own.Select(m => m.Key), Is.EqualTo(own.Select(f => f.Definition.Key)));
        Assert.That(typeof(MetricCatalogue).Assembly.GetTypes().Where(t => !t.IsInterface && t.GetInterfaces().Contains(typeof(IDeclaresYearlyMetrics)))
            .Select(t => t.Namespace).Distinct(), Is.EqualTo(new[] { "Planner.Simulation.Model" }));

        var raw = new double[(int)Counter.Count];
        raw[(int)Counter.HouseholdMonths] = 120;
        raw[(int)Counter.BenefitCost] = 1_200_000;
        var year = new CounterSums(raw, new Dictionary<CounterKey, int>(), 1, 12)
        {
            IsYear = true, WholeYear = true, HouseholdsInYears = 20, LongTermHouseholds = 5, LongTermMonths = 55, MonthsInYears = 120,
        };
        double Own(CounterSums s, string key) => own.Single(f => f.Definition.Key == key).Value(s);
        double Core(CounterSums s, string key) => MetricCatalogue.CoreFigures.Single(f => f.Definition.Key == key).Value(s);
        Assert.That(Own(year, YearlyCatalogue.YearToMonthRatio), Is.EqualTo(20 / (120.0 / 12)));
        Assert.That(Own(year, YearlyCatalogue.BenefitPerHouseholdMonth), Is.EqualTo(10_000));
        Assert.That(Own(year, YearlyCatalogue.LongTermHouseholds), Is.EqualTo(5));
        Assert.That(Own(year, YearlyCatalogue.LongTermMeanMonths), Is.EqualTo(11));
        Assert.That(Core(year, MetricCatalogue.LongTermShare), Is.EqualTo(0.25));
        // A part year has no 10-of-12 figures; a year with no households has no share (the run's rule gives 0).
        var part = year with { WholeYear = false };
        Assert.That(Own(part, YearlyCatalogue.LongTermHouseholds), Is.NaN);
        Assert.That(Core(part, MetricCatalogue.LongTermShare), Is.NaN);
        Assert.That(Core(part, MetricCatalogue.MonthsPerHouseholdYear), Is.NaN);
        var empty = year with { HouseholdsInYears = 0, LongTermHouseholds = 0, MonthsInYears = 0 };
        Assert.That(Core(empty, MetricCatalogue.LongTermShare), Is.NaN);
        Assert.That(Core(empty with { IsYear = false }, MetricCatalogue.LongTermShare), Is.EqualTo(0));
    }

    [Test]
    public void Monthly_columns_come_from_the_model_mechanisms_in_distinct_places()
    {
        var declared = typeof(MetricCatalogue).Assembly.GetTypes()
            .Where(t => !t.IsInterface && t.GetInterfaces().Contains(typeof(IDeclaresMonthlyColumns))).ToList();
        Assert.That(declared.Select(t => t.Namespace).Distinct(), Is.EqualTo(new[] { "Planner.Simulation.Model" }));
        var columns = declared.SelectMany(t => (IReadOnlyList<MonthlyColumn>)t.GetProperty(nameof(IDeclaresMonthlyColumns.MonthlyColumns))!.GetValue(null)!).ToList();
        // Places 1…n, each once: a shared place would leave the column order to reflection's order of the types.
        Assert.That(columns.Select(c => c.Order).Order(), Is.EqualTo(Enumerable.Range(1, columns.Count)));
        Assert.That(MetricsAccumulator.Columns, Is.EqualTo(new[] { "month" }.Concat(columns.OrderBy(c => c.Order).Select(c => c.Name))));
        Assert.That(MetricsAccumulator.Columns, Is.Unique);
    }
}
