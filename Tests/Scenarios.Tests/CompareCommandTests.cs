using System.Globalization;
using Newtonsoft.Json.Linq;
using Planner.Scenarios.Experiments;

namespace Planner.Scenarios.Tests;

/// <summary>`planner compare` end to end on small scenarios: the paired table, the files, reproducibility and CRN.</summary>
public sealed class CompareCommandTests
{
    private const string Base = """
        {
          "name": "small-base",
          "description": "A small unit without designs.",
          "run": { "years": 1, "replications": 4, "seed": 7 },
          "population": 5000,
          "initialHouseholds": 110,
          "staff": { "caseworkers": [ { "count": 2 } ] },
          "inflow": { "applicationsPerMonth": 12 }
        }
        """;

    private static string WithDesigns(string name, string designs) =>
        Base.Replace("\"small-base\"", $"\"{name}\"", StringComparison.Ordinal)
            .Replace("\"inflow\": { \"applicationsPerMonth\": 12 }", $"\"inflow\": {{ \"applicationsPerMonth\": 12 }},\n  \"designs\": {designs}", StringComparison.Ordinal);

    private static (string A, string B, string C) Files(TempFolder temp) => (
        temp.File("base.json", Base),
        temp.File("fas.json", WithDesigns("small-fas", """{ "fas": { "meetingsPerWorkerPerMonth": 40 } }""")),
        temp.File("team.json", WithDesigns("small-team", """{ "beredskapsteam": { "members": 1 } }""")));

    [Test]
    public void ComparePrintsEachScenarioWithPairedDifferencesAndWritesTheFiles()
    {
        using var temp = new TempFolder();
        var (a, b, c) = Files(temp);
        var result = Planner.Cli("compare", a, b, c, "--output", temp.Combine("out"));
        Assert.That(result.Exit, Is.EqualTo(0), result.Err);
        Assert.That(result.Out, Does.Contain("common random numbers").And.Contain("4 replications of 1 years, seed 7")
            .And.Contain("small-base").And.Contain("small-fas").And.Contain("small-team")
            .And.Contain("Strain index").And.Contain("Total cost").And.Contain("Δ ").And.Contain("FAS quota attainment"));
        var folder = temp.Combine("out", "compare-small-base-vs-small-fas-vs-small-team");
        Assert.That(result.Out, Does.Contain($"Comparison written to {folder}"));
        Assert.That(Directory.GetFiles(folder).Select(Path.GetFileName).Order(),
            Is.EqualTo(new[] { "comparison.csv", "comparison.json", "monthly.csv", "replications.csv", "yearly.csv" }));
        Assert.That(result.Out, Does.Contain("Year by year").And.Contain("Households during the year").And.Contain("Households in an average month"));
        // Every scenario's monthly series: 3 scenarios × 4 replications × 12 months.
        var monthly = File.ReadAllLines(Path.Combine(folder, "monthly.csv"));
        Assert.That(monthly[0], Does.StartWith("scenario,replication,month,households,"));
        Assert.That(monthly, Has.Length.EqualTo(1 + 3 * 4 * 12));
        Assert.That(monthly.Count(l => l.StartsWith("small-team,", StringComparison.Ordinal)), Is.EqualTo(4 * 12));
        Assert.That(Directory.GetFileSystemEntries(temp.Combine("out")), Is.EquivalentTo(new[] { folder, temp.Combine("out", "planner.db") }),
            "the comparison folder and the store, no temporary folders left");

        var replications = File.ReadAllLines(Path.Combine(folder, "replications.csv"));
        Assert.That(replications, Has.Length.EqualTo(1 + 3 * 4));
        var json = JObject.Parse(File.ReadAllText(Path.Combine(folder, "comparison.json")));
        Assert.That((string?)json["format"], Is.EqualTo("planner-comparison/1"));
        Assert.That(json["scenarios"]!.Select(s => (string?)s["scenario"]!["name"]), Is.EqualTo(new[] { "small-base", "small-fas", "small-team" }));
        Assert.That(json["scenarios"]![1]!["scenario"]!["designs"]!["fas"], Is.Not.Null, "the echo holds the design");
        var strain = json["metrics"]!.Single(m => (string?)m["metric"] == "strain_index");
        Assert.That(strain["scenarios"]![0]!["difference"], Is.Null, "the first scenario is the reference");
        Assert.That((int)strain["scenarios"]![1]!["difference"]!["n"]!, Is.EqualTo(4));
    }

    [Test]
    public void TheDifferenceIsTheMeanOfPerReplicationDifferences()
    {
        using var temp = new TempFolder();
        var (a, b, _) = Files(temp);
        Assert.That(Planner.Cli("compare", a, b, "--output", temp.Combine("out"), "--quiet").Exit, Is.EqualTo(0));
        var folder = temp.Combine("out", "compare-small-base-vs-small-fas");
        var rows = File.ReadAllLines(Path.Combine(folder, "replications.csv")).Select(l => l.Split(',')).ToList();
        int column = Array.IndexOf(rows[0], "strain_index");
        double Value(string scenario, int replication) => double.Parse(
            rows.Single(r => r[0] == scenario && r[1] == replication.ToString(CultureInfo.InvariantCulture))[column], CultureInfo.InvariantCulture);
        var differences = Enumerable.Range(1, 4).Select(i => Value("small-fas", i) - Value("small-base", i)).ToList();
        var summary = File.ReadAllLines(Path.Combine(folder, "comparison.csv")).Select(l => l.Split(',')).ToList();
        var header = summary[0].ToList();
        var row = summary.Single(r => r[0] == "strain_index" && r[3] == "small-fas");
        Assert.That(double.Parse(row[header.IndexOf("diff_mean")], CultureInfo.InvariantCulture), Is.EqualTo(differences.Average()).Within(1e-12));
        var (_, sd, half) = Summaries.Interval(differences);
        Assert.That(double.Parse(row[header.IndexOf("diff_half_width")], CultureInfo.InvariantCulture), Is.EqualTo(half).Within(1e-12));
        Assert.That(sd, Is.GreaterThan(0));
    }

    [Test]
    public void TheYearlyDifferenceIsTheMeanOfPerReplicationDifferencesOfThatYear()
    {
        using var temp = new TempFolder();
        var (a, _, c) = Files(temp);
        Assert.That(Planner.Cli("compare", a, c, "--output", temp.Combine("out"), "--quiet", "--years", "2").Exit, Is.EqualTo(0));
        var folder = temp.Combine("out", "compare-small-base-vs-small-team");
        var yearly = File.ReadAllLines(Path.Combine(folder, "yearly.csv")).Select(l => l.Split(',')).ToList();
        var header = yearly[0].ToList();
        Assert.That(yearly.Skip(1).Select(r => r[0]).Distinct(), Is.EqualTo(new[] { "2027", "2028" }));
        var store = Store.ResultStore.OpenReadOnly(temp.Combine("out", "planner.db"));
        using (store)
        {
            var experiment = store.Experiments().Single();
            var baseRuns = store.Load(experiment.Id, 0, 4);
            var teamRuns = store.Load(experiment.Id, 1, 4);
            foreach (var year in new[] { 2027, 2028 })
            {
                var row = yearly.Single(r => r[0] == year.ToString(CultureInfo.InvariantCulture) && r[2] == "cost_sek" && r[5] == "small-team");
                var differences = Enumerable.Range(0, 4).Select(i => YearlySummaries.Value(teamRuns[i], year, "cost_sek") - YearlySummaries.Value(baseRuns[i], year, "cost_sek")).ToList();
                Assert.That(double.Parse(row[header.IndexOf("diff_mean")], CultureInfo.InvariantCulture), Is.EqualTo(differences.Average()).Within(1e-6));
                Assert.That(differences.Average(), Is.GreaterThan(0), "a beredskapsteam's posts cost money every year");
            }
        }
    }

    [Test]
    public void CommonRandomNumbersMakeThePairedIntervalNarrowerThanTheUnpaired()
    {
        using var temp = new TempFolder();
        var (a, _, c) = Files(temp);
        Assert.That(Planner.Cli("compare", a, c, "--output", temp.Combine("out"), "--quiet", "-r", "8").Exit, Is.EqualTo(0));
        var summary = File.ReadAllLines(temp.Combine("out", "compare-small-base-vs-small-team", "comparison.csv")).Select(l => l.Split(',')).ToList();
        var header = summary[0].ToList();
        foreach (var metric in new[] { "cases_per_fte", "long_term_share", "total_cost_sek_per_year", "exits_self_sufficiency_per_100_per_month" })
        {
            var row = summary.Single(r => r[0] == metric && r[3] == "small-team");
            double paired = double.Parse(row[header.IndexOf("diff_half_width")], CultureInfo.InvariantCulture);
            double unpaired = double.Parse(row[header.IndexOf("unpaired_half_width")], CultureInfo.InvariantCulture);
            Assert.That(paired, Is.LessThan(unpaired), metric);
        }
    }

    [Test]
    public void SameInputsGiveByteIdenticalFilesWhateverTheThreadCount()
    {
        using var temp = new TempFolder();
        var (a, b, _) = Files(temp);
        Assert.That(Planner.Cli("compare", a, b, "--output", temp.Combine("one"), "--quiet", "--threads", "1").Exit, Is.EqualTo(0));
        Assert.That(Planner.Cli("compare", a, b, "--output", temp.Combine("two"), "--quiet", "--threads", "3").Exit, Is.EqualTo(0));
        foreach (var name in new[] { "comparison.csv", "comparison.json", "replications.csv", "monthly.csv", "yearly.csv" })
        {
            Assert.That(File.ReadAllBytes(temp.Combine("two", "compare-small-base-vs-small-fas", name)),
                Is.EqualTo(File.ReadAllBytes(temp.Combine("one", "compare-small-base-vs-small-fas", name))), name);
        }
    }

    [Test]
    public void EveryScenarioRunsWithTheFirstFilesRunSettingsOrTheOptions()
    {
        using var temp = new TempFolder();
        var (a, _, _) = Files(temp);
        var other = temp.File("other.json", WithDesigns("small-other", "{}").Replace("\"replications\": 4, \"seed\": 7", "\"replications\": 9, \"seed\": 8", StringComparison.Ordinal));
        var result = Planner.Cli("compare", a, other, "--output", temp.Combine("out"));
        Assert.That(result.Exit, Is.EqualTo(0), result.Err);
        Assert.That(result.Out, Does.Contain("note: small-other runs with the comparison's run settings, not its own (9 replications of 1 years, seed 8)"));
        var rows = File.ReadAllLines(temp.Combine("out", "compare-small-base-vs-small-other", "replications.csv"));
        Assert.That(rows.Skip(1).Select(r => r.Split(',')[2]).Distinct(), Is.EqualTo(new[] { "7" }), "one seed for all");
        Assert.That(rows, Has.Length.EqualTo(1 + 2 * 4));

        var overridden = Planner.Cli("compare", a, other, "--output", temp.Combine("out2"), "--quiet", "-r", "2", "--seed", "11");
        Assert.That(overridden.Exit, Is.EqualTo(0), overridden.Err);
        var rows2 = File.ReadAllLines(temp.Combine("out2", "compare-small-base-vs-small-other", "replications.csv"));
        Assert.That(rows2, Has.Length.EqualTo(1 + 2 * 2));
        Assert.That(rows2.Skip(1).Select(r => r.Split(',')[2]).Distinct(), Is.EqualTo(new[] { "11" }));
    }

    [Test]
    public void CompareHasHelpWithTheRunOptionsAndNeedsTwoFiles()
    {
        var help = Planner.Cli("compare", "--help");
        Assert.That(help.Exit, Is.EqualTo(0));
        Assert.That(help.Out, Does.Contain("common random numbers").And.Contain("--replications").And.Contain("--seed").And.Contain("--years")
            .And.Contain("--output").And.Contain("--quiet").And.Contain("--threads"));
        using var temp = new TempFolder();
        var (a, _, _) = Files(temp);
        var one = Planner.Cli("compare", a, "--output", temp.Combine("out"));
        Assert.That(one.Exit, Is.EqualTo(2));
        Assert.That(Directory.Exists(temp.Combine("out")), Is.False);
    }
}
