using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Tests;

/// <summary>
/// `planner run` end to end with the real unit model on a small scenario.
/// </summary>
public sealed class ModelRunTests
{
    private static readonly string[] Files = ["summary.csv", "summary.json", "replications.csv", "monthly.csv"];

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
