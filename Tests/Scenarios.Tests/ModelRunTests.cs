using System.Globalization;
using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Tests;

/// <summary>
/// `planner run` end to end with the real unit model on a small scenario.
/// </summary>
public sealed class ModelRunTests
{
    private static readonly string[] Files = ["summary.csv", "summary.json", "replications.csv", "monthly.csv", "yearly.csv", "yearly.json"];

    private static string RunInto(TempFolder temp, string scenario, string output, params string[] extra)
    {
        var result = Planner.Cli(["run", scenario, "--output", output, .. extra]);
        Assert.That(result.Exit, Is.EqualTo(0), result.Err);
        var folder = Path.Combine(output, "small");
        Assert.That(result.Out, Does.Contain($"Results written to {folder}"));
        return folder;
    }

    [Test]
    public void SameSeedGivesByteIdenticalFiles_AnotherSeedDoesNot()
    {
        using var temp = new TempFolder();
        var scenario = temp.File("small.json", Planner.SmallScenario);
        var first = RunInto(temp, scenario, temp.Combine("first"));
        var second = RunInto(temp, scenario, temp.Combine("second"));
        foreach (var name in Files)
            Assert.That(File.ReadAllBytes(Path.Combine(second, name)), Is.EqualTo(File.ReadAllBytes(Path.Combine(first, name))), name);

        var other = RunInto(temp, scenario, temp.Combine("other"), "--seed", "8");
        Assert.That(File.ReadAllBytes(Path.Combine(other, "replications.csv")),
            Is.Not.EqualTo(File.ReadAllBytes(Path.Combine(first, "replications.csv"))));
    }

    [Test]
    public void ThreadCountDoesNotChangeTheFiles()
    {
        using var temp = new TempFolder();
        var scenario = temp.File("small.json", Planner.SmallScenario);
        var one = RunInto(temp, scenario, temp.Combine("one"), "--threads", "1");
        var three = RunInto(temp, scenario, temp.Combine("three"), "--threads", "3");
        foreach (var name in Files)
            Assert.That(File.ReadAllBytes(Path.Combine(three, name)), Is.EqualTo(File.ReadAllBytes(Path.Combine(one, name))), name);
    }

    [Test]
    public void RunWritesEveryFileAndPrintsTheHeadlineTable()
    {
        using var temp = new TempFolder();
        var scenario = temp.File("small.json", Planner.SmallScenario);
        var result = Planner.Cli("run", scenario, "--output", temp.Combine("out"));
        Assert.That(result.Exit, Is.EqualTo(0), result.Err);
        Assert.That(result.Out, Does.Contain("Cases per FTE").And.Contain("95 % CI").And.Contain("Total cost"));
        var folder = temp.Combine("out", "small");
        var replications = File.ReadAllLines(Path.Combine(folder, "replications.csv"));
        Assert.That(replications, Has.Length.EqualTo(1 + 3), "a header and one row per replication");
        Assert.That(replications[0], Does.StartWith("replication,seed,"));
        Assert.That(File.ReadAllLines(Path.Combine(folder, "monthly.csv"))[0], Does.StartWith("replication,"));
        Assert.That(Directory.GetFileSystemEntries(temp.Combine("out")), Is.EquivalentTo(new[] { folder, temp.Combine("out", "planner.db") }),
            "the result folder and the store, no temporary folders left");
    }

    [Test]
    public void RunPrintsTheYearlyCostTableAndWritesEveryYearlyFigureWithItsCi()
    {
        using var temp = new TempFolder();
        var scenario = temp.File("small.json", Planner.SmallScenario);
        var result = Planner.Cli("run", scenario, "--output", temp.Combine("out"), "--years", "2");
        Assert.That(result.Exit, Is.EqualTo(0), result.Err);
        var costTable = result.Out.IndexOf("Cost per calendar year", StringComparison.Ordinal);
        Assert.That(costTable, Is.GreaterThan(result.Out.IndexOf("Cases per FTE", StringComparison.Ordinal)), "after the headline table");
        Assert.That(result.Out[costTable..], Does.Contain("2027").And.Contain("2028").And.Contain("Per inhabitant").And.Contain("Benefits").And.Contain("±"));

        var folder = temp.Combine("out", "small");
        var rows = File.ReadAllLines(Path.Combine(folder, "yearly.csv")).Select(l => l.Split(',')).ToList();
        Assert.That(rows[0], Is.EqualTo(new[] { "year", "months_in_year", "metric", "label", "unit", "mean", "sd", "ci_low", "ci_high", "half_width", "n" }));
        foreach (var year in new[] { "2027", "2028" })
        {
            var keys = rows.Where(r => r[0] == year).Select(r => r[2]).ToList();
            Assert.That(keys, Is.EquivalentTo(YearlyCatalogue.All.Select(m => m.Key).Where(k => k != MetricCatalogue.DesignCostPerYear)), year);
            var during = rows.Single(r => r[0] == year && r[2] == YearlyCatalogue.HouseholdsDuringYear);
            Assert.That(during[10], Is.EqualTo("3"), "every replication has a value");
            Assert.That(double.Parse(during[7], CultureInfo.InvariantCulture), Is.LessThan(double.Parse(during[8], CultureInfo.InvariantCulture)), "a CI");
        }
        var json = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(Path.Combine(folder, "yearly.json")));
        Assert.That((string?)json["format"], Is.EqualTo("planner-yearly/1"));
        Assert.That(json["years"]!.Select(y => (int)y["year"]!), Is.EqualTo(new[] { 2027, 2028 }));

        // The store keeps each replication's yearly figures: loading gives them back as the model made them.
        using var store = Store.ResultStore.OpenReadOnly(temp.Combine("out", "planner.db"));
        var loaded = store.Load(store.Experiments().Single().Id, 0, 3);
        Assert.That(loaded.Select(r => r.Yearly.Count), Is.All.EqualTo(2));
        Assert.That(loaded[0].Values.Keys.Any(k => k.StartsWith("yearly:", StringComparison.Ordinal)), Is.False, "yearly rows are not run metrics");
        var direct = global::Planner.Simulation.Model.UnitModel.Run(Files2Unit(scenario), new global::Planner.Simulation.Model.ModelRun(2, 7, 1));
        Assert.That(loaded[0].Yearly[1].Values[YearlyCatalogue.CostSek], Is.EqualTo(direct.Yearly[1].Values[YearlyCatalogue.CostSek]));
    }

    private static global::Planner.Simulation.Model.Parameters.UnitParameters Files2Unit(string file) =>
        global::Planner.Scenarios.Files.ScenarioLoader.Load(file).Scenario!.Unit;

    [Test]
    public void TheTableShowsEveryFigureTheUnitChiefAsksForWithItsUnitAndCi()
    {
        // The figures issue 2 asks the main command to print, each with a 95 % CI.
        string[] required =
        [
            MetricCatalogue.CasesPerFte, MetricCatalogue.Utilisation, MetricCatalogue.StrainIndex,
            MetricCatalogue.SickLeavePercent, MetricCatalogue.TurnoverPercentPerYear, MetricCatalogue.DaysToDecision,
            MetricCatalogue.ShareDecisionOver8Days, MetricCatalogue.ShareMetInMonth, MetricCatalogue.ExitsPer100PerMonth,
            MetricCatalogue.LongTermShare, MetricCatalogue.TotalCostPerYear,
        ];
        using var temp = new TempFolder();
        var scenario = temp.File("small.json", Planner.SmallScenario);
        var result = Planner.Cli("run", scenario, "--output", temp.Combine("out"));
        Assert.That(result.Exit, Is.EqualTo(0), result.Err);
        foreach (var key in required)
        {
            var metric = MetricCatalogue.Get(key);
            var row = result.OutLines.SingleOrDefault(l => l.Contains(" " + metric.Label + " ", StringComparison.Ordinal));
            Assert.That(row, Is.Not.Null, $"no table row for {metric.Label}");
            var cells = row!.Split('│', '|').Select(c => c.Trim()).Where(c => c.Length > 0).ToArray();
            Assert.That(cells, Has.Length.EqualTo(5), row);
            Assert.That(cells[1], Is.Not.Empty, $"{metric.Label} has no unit");
            Assert.That(cells[3], Does.Match(@"^-?[\d,.]+ – -?[\d,.]+$"), $"{metric.Label} has no 95 % CI: {row}");
            Assert.That(cells[4], Is.EqualTo("3"), $"{metric.Label}: n should be the replication count");
        }
        Assert.That(result.Out, Does.Contain("SEK"), "the total cost is in SEK");
    }
}
