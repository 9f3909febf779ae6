using Planner.Scenarios.Files;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model;

namespace Planner.Scenarios.Tests;

/// <summary>
/// The library scenarios against the source reports' own stylised facts (issue: what the sources say), paired as
/// `planner compare` pairs them: the same seed and replication numbers, differences with their 95 % CI.
/// </summary>
public sealed class SourceFactsTests
{
    private static Scenario Load(string name) =>
        ScenarioLoader.Load(Path.Combine(Planner.RepositoryRoot(), "Scenarios", "library", name)).Scenario!;

    /// <summary>Each scenario's metric over replications 1..n with the first file's seed and horizon.</summary>
    private static double[] Values(Scenario s, Scenario first, string key, int n) =>
        [.. Enumerable.Range(1, n).Select(r => UnitModel.Run(s.Unit, new ModelRun(first.Run.Years, first.Run.Seed, r)).Values[key])];

    private static (double Mean, double HalfWidth) Paired(double[] a, double[] b)
    {
        var d = a.Zip(b, (x, y) => y - x).ToArray();
        double mean = d.Average(), sd = Math.Sqrt(d.Sum(v => (v - mean) * (v - mean)) / (d.Length - 1));
        return (mean, MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, d.Length - 1, 0.975) * sd / Math.Sqrt(d.Length));
    }

    [Test]
    public void Ale_1999_decides_later_than_Harryda_2000_beyond_the_CI_and_meets_fewer_households()
    {
        // S002: Ale at about 118 cases per worker, decisions delayed and monthly meetings impossible; Härryda at about 40.
        var harryda = Load("harryda-2000.json");
        var ale = Load("ale-1999.json");
        const int n = 8;
        var days = Paired(Values(harryda, harryda, MetricCatalogue.DaysToDecision, n), Values(ale, harryda, MetricCatalogue.DaysToDecision, n));
        var over8 = Paired(Values(harryda, harryda, MetricCatalogue.ShareDecisionOver8Days, n), Values(ale, harryda, MetricCatalogue.ShareDecisionOver8Days, n));
        var met = Paired(Values(harryda, harryda, MetricCatalogue.ShareMetInMonth, n), Values(ale, harryda, MetricCatalogue.ShareMetInMonth, n));
        TestContext.Out.WriteLine($"Ale − Härryda: days {days.Mean:F2} ± {days.HalfWidth:F2}, over 8 days {over8.Mean:P1} ± {over8.HalfWidth:P1}, met {met.Mean:P1} ± {met.HalfWidth:P1}");
        Assert.That(days.Mean - days.HalfWidth, Is.GreaterThan(0), "Ale's decisions later beyond the CI");
        Assert.That(over8.Mean - over8.HalfWidth, Is.GreaterThan(0), "more of them over 8 days");
        Assert.That(met.Mean + met.HalfWidth, Is.LessThan(0), "Ale meets fewer households");
    }

    [Test]
    public void The_Stockholm_like_unit_at_40_to_45_cases_replaces_30_to_50_percent_of_its_staff_a_year()
    {
        // S000: Stockholm units at 40–45 cases per worker replaced 30–50 % of their staff a year.
        var s = Load("stockholm-like.json");
        var runs = Enumerable.Range(1, 6).Select(r => UnitModel.Run(s.Unit, new ModelRun(s.Run.Years, s.Run.Seed, r)).Values).ToList();
        double cases = runs.Average(v => v[MetricCatalogue.CasesPerFte]), turnover = runs.Average(v => v[MetricCatalogue.TurnoverPercentPerYear]);
        TestContext.Out.WriteLine($"stockholm-like: {cases:F1} cases per FTE, turnover {turnover:F1} %/year");
        Assert.That(cases, Is.InRange(40, 45));
        Assert.That(turnover, Is.InRange(30, 50));
    }
}
