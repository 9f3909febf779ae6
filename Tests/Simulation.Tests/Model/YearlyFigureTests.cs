using NUnit.Framework;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model;
using Planner.Simulation.Model.Parameters;

namespace Planner.Simulation.Tests.Model;

/// <summary>The figures per calendar year (YearlyCatalogue): they add up to the run, and count what the statistics count.</summary>
[TestFixture]
public class YearlyFigureTests
{
    private static double V(YearValues y, string key) => y.Values[key];

    [Test]
    public void Yearly_figures_add_up_to_the_run_totals()
    {
        // 39 months from 1 July: a part year at each end and two whole ones.
        var p = UnitModelTests.Small() with { StartDate = new DateOnly(2027, 7, 1) };
        var r = UnitModel.Run(p, new ModelRun(3.25, 5, 1));
        var months = r.Monthly.Rows.Count;
        Assert.That(r.Yearly.Select(y => y.Year), Is.EqualTo(new[] { 2027, 2028, 2029, 2030 }));
        Assert.That(r.Yearly.Select(y => V(y, YearlyCatalogue.MonthsInYear)), Is.EqualTo(new[] { 6.0, 12, 12, 9 }));
        Assert.That(r.Yearly.Sum(y => V(y, YearlyCatalogue.MonthsInYear)), Is.EqualTo(months));

        double years = months / 12.0;
        double cost = r.Yearly.Sum(y => V(y, YearlyCatalogue.CostSek));
        Assert.That(cost, Is.EqualTo(r.Values[MetricCatalogue.TotalCostPerYear] * years).Within(1e-9).Percent);
        double householdMonths = r.Yearly.Sum(y => V(y, YearlyCatalogue.HouseholdMonths));
        Assert.That(householdMonths, Is.EqualTo(r.Values[MetricCatalogue.HouseholdsActive] * months).Within(1e-9).Percent);

        // Against the monthly series, year by year: cost, household-months, spell ends.
        int Column(string name) => r.Monthly.Columns.ToList().IndexOf(name);
        int first = 0;
        foreach (var y in r.Yearly)
        {
            int n = (int)V(y, YearlyCatalogue.MonthsInYear);
            var rows = r.Monthly.Rows.Skip(first).Take(n).ToList();
            first += n;
            Assert.That(V(y, YearlyCatalogue.CostSek), Is.EqualTo(rows.Sum(m => m[Column("cost_sek")])).Within(1e-9).Percent, $"{y.Year} cost");
            Assert.That(V(y, YearlyCatalogue.HouseholdMonths), Is.EqualTo(rows.Sum(m => m[Column("households")])), $"{y.Year} household-months");
            Assert.That(V(y, YearlyCatalogue.Exits), Is.EqualTo(rows.Sum(m => m[Column("exits")])), $"{y.Year} exits");
            // The cost components make the total, and an annualised part year is the year's cost × 12 / months.
            double components = YearlyCatalogue.CostComponents.Sum(k => y.Values.TryGetValue(k, out var v) ? v : 0);
            Assert.That(components, Is.EqualTo(V(y, MetricCatalogue.TotalCostPerYear)).Within(1e-9).Percent);
            Assert.That(V(y, MetricCatalogue.TotalCostPerYear), Is.EqualTo(V(y, YearlyCatalogue.CostSek) * 12 / n).Within(1e-9).Percent);
            // Households during a year are at least the households of any month in it.
            Assert.That(V(y, YearlyCatalogue.HouseholdsDuringYear), Is.GreaterThanOrEqualTo(rows.Max(m => m[Column("households")])), $"{y.Year}");
        }
        Assert.That(first, Is.EqualTo(months));
        // Exits to self-sufficiency: the yearly rates × household-months add up to the run's rate × household-months.
        double selfSufficient = r.Yearly.Sum(y => V(y, MetricCatalogue.ExitsPer100PerMonth) * V(y, YearlyCatalogue.HouseholdMonths));
        Assert.That(selfSufficient, Is.EqualTo(r.Values[MetricCatalogue.ExitsPer100PerMonth] * householdMonths).Within(1e-9).Percent);
        Assert.That(r.Yearly.Sum(y => V(y, YearlyCatalogue.Exits)), Is.EqualTo(r.Monthly.Rows.Sum(m => m[Column("exits")])));
        // The 10-of-12 figures need a whole year.
        Assert.That(V(r.Yearly[0], YearlyCatalogue.LongTermHouseholds), Is.NaN);
        Assert.That(V(r.Yearly[^1], MetricCatalogue.LongTermShare), Is.NaN);
        Assert.That(V(r.Yearly[1], MetricCatalogue.LongTermShare), Is.GreaterThan(0.1).And.LessThan(0.9));
    }

    [Test]
    public void Long_term_and_distinct_households_agree_with_a_hand_count_of_a_tiny_units_months()
    {
        var b = new UnitParameters();
        var p = b with
        {
            InitialHouseholds = 30,
            Population = 2_000,
            Staff = b.Staff with { Caseworkers = [new StaffGroup { Count = 1 }] },
            Inflow = b.Inflow with { ApplicationsPerMonth = 2.2 },
        };
        for (ulong seed = 1; seed <= 3; seed++)
        {
            var sim = new UnitSimulation(p, new ModelRun(3, seed, 1));
            var months = new Dictionary<(int Year, int Id), int>();
            sim.HouseholdMonthCounted = (month, h) =>
            {
                var key = (sim.Calendar.DateOf(sim.Calendar.MonthStart(month)).Year, h.Id);
                months[key] = months.GetValueOrDefault(key) + 1;
            };
            var r = sim.Execute();
            foreach (var y in r.Yearly)
            {
                var inYear = months.Where(m => m.Key.Year == y.Year).Select(m => m.Value).ToList();
                var longTerm = inYear.Where(m => m >= 10).ToList();
                Assert.That(V(y, YearlyCatalogue.HouseholdsDuringYear), Is.EqualTo(inYear.Count), $"seed {seed}, {y.Year}");
                Assert.That(V(y, YearlyCatalogue.HouseholdMonths), Is.EqualTo(inYear.Sum()), $"seed {seed}, {y.Year}");
                Assert.That(V(y, YearlyCatalogue.LongTermHouseholds), Is.EqualTo(longTerm.Count), $"seed {seed}, {y.Year}");
                Assert.That(V(y, YearlyCatalogue.LongTermMeanMonths), Is.EqualTo(longTerm.Average()).Within(1e-12), $"seed {seed}, {y.Year}");
                Assert.That(V(y, MetricCatalogue.LongTermShare), Is.EqualTo((double)longTerm.Count / inYear.Count).Within(1e-12));
                Assert.That(longTerm.Count, Is.GreaterThan(0).And.LessThan(inYear.Count), "the tiny unit has both kinds");
            }
        }
    }

    [Test]
    public void The_ratio_of_households_in_the_year_to_households_in_a_month_is_known_by_construction()
    {
        // No inflow and no exits: the same households every month, so the year holds as many as a month: ratio 1.
        var b = new UnitParameters();
        var closed = b with
        {
            InitialHouseholds = 40,
            Staff = b.Staff with { Caseworkers = [new StaffGroup { Count = 2 }] },
            Inflow = b.Inflow with { ApplicationsPerMonth = 0 },
            Exits = b.Exits with { BaseHazardNear = 0, BaseHazardFar = 0, RefusalHazard = 0, ReentryProbability = 0 },
        };
        var r = UnitModel.Run(closed, new ModelRun(2, 3, 1));
        foreach (var y in r.Yearly)
        {
            Assert.That(V(y, YearlyCatalogue.HouseholdsDuringYear), Is.EqualTo(40));
            Assert.That(V(y, YearlyCatalogue.YearToMonthRatio), Is.EqualTo(1).Within(1e-12));
            Assert.That(V(y, YearlyCatalogue.LongTermHouseholds), Is.EqualTo(40));
            Assert.That(V(y, YearlyCatalogue.LongTermMeanMonths), Is.EqualTo(12));
        }

        // Half the households present all year, the other half in six months each: 12 households in the year,
        // 9 in an average month, ratio 4/3, 6 long-term (by the accumulator, fed by hand).
        var m = new MetricsAccumulator();
        for (int month = 0; month < 12; month++)
        {
            m.Add(Counter.HouseholdMonths, month < 6 ? 12 : 6);
            m.CloseMonth(month);
        }
        for (int h = 0; h < 6; h++) m.YearMonths(12);
        for (int h = 0; h < 6; h++) m.YearMonths(6);
        m.CloseYear(2027, whole: true, runThreshold: 10);
        var year = m.Yearly(1000)[0];
        Assert.That(V(year, YearlyCatalogue.HouseholdsDuringYear), Is.EqualTo(12));
        Assert.That(V(year, MetricCatalogue.HouseholdsActive), Is.EqualTo(9));
        Assert.That(V(year, YearlyCatalogue.YearToMonthRatio), Is.EqualTo(4.0 / 3).Within(1e-12));
        Assert.That(V(year, YearlyCatalogue.LongTermHouseholds), Is.EqualTo(6));
        Assert.That(V(year, MetricCatalogue.MonthsPerHouseholdYear), Is.EqualTo(9));
    }
}
