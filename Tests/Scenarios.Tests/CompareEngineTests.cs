using System.Globalization;
using Planner.Scenarios.Cli;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;
using Planner.Simulation.Designs;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model;
using static Planner.Scenarios.Tests.ExperimentTestSupport;

namespace Planner.Scenarios.Tests;

/// <summary>`planner compare` as an experiment of the engine: the store, resumption, shards and precision.</summary>
public sealed class CompareEngineTests
{
    /// <summary>The small unit as the reference: half a year, four replications.</summary>
    private static readonly string Base = Planner.SmallScenario
        .Replace("\"small\"", "\"small-base\"", StringComparison.Ordinal)
        .Replace("\"years\": 1, \"replications\": 3, \"seed\": 7", "\"years\": 0.5, \"replications\": 4, \"seed\": 5", StringComparison.Ordinal);

    private static readonly string[] ComparisonFileNames = [ComparisonFiles.Csv, ComparisonFiles.Json, ComparisonFiles.Replications];

    private static (string A, string B) Files(TempFolder temp) => (
        temp.File("base.json", Base),
        temp.File("team.json", Base.Replace("\"small-base\"", "\"small-team\"", StringComparison.Ordinal)
            .Replace("\"inflow\": { \"applicationsPerMonth\": 6 }", "\"inflow\": { \"applicationsPerMonth\": 6 },\n  \"designs\": { \"beredskapsteam\": { \"members\": 1 } }", StringComparison.Ordinal)));

    private static string Folder(string output) => Path.Combine(output, "compare-small-base-vs-small-team");

    private static void AssertSameFiles(string expected, string actual)
    {
        foreach (var name in ComparisonFileNames)
            Assert.That(File.ReadAllBytes(Path.Combine(actual, name)), Is.EqualTo(File.ReadAllBytes(Path.Combine(expected, name))), name);
    }

    [Test]
    public void CompareResumesAfterCancellationWithIdenticalResults()
    {
        using var temp = new TempFolder();
        var (a, b) = Files(temp);
        string[] args = ["compare", a, b, "--replications", "40", "--threads", "1", "--quiet"];
        var whole = Planner.Cli([.. args, "--output", temp.Combine("whole")]);
        Assert.That(whole.Exit, Is.EqualTo(0), whole.Err);

        var store = temp.Combine("stopped", "planner.db");
        var (stopped, sent) = Planner.CliStoppedWhen(() => SavedSoFar(store) >= 3, [.. args, "--output", temp.Combine("stopped")]);
        if (!sent || stopped.Exit == 0)
            Assert.Inconclusive("The comparison finished before it could be stopped.");
        Assert.That(stopped.Exit, Is.EqualTo(ExitCodes.Interrupted), stopped.Err);
        Assert.That(stopped.Err, Does.Contain($"Interrupted. Every replication reported as done is saved in {store}; run the same command again to resume."));
        Assert.That(Directory.Exists(Folder(temp.Combine("stopped"))), Is.False, "no comparison folder from the stopped run");
        var saved = SavedSoFar(store);
        Assert.That(saved, Is.InRange(3, 79));

        var resumed = Planner.Cli([.. args.Where(x => x != "--quiet"), "--output", temp.Combine("stopped")]);
        Assert.That(resumed.Exit, Is.EqualTo(0), resumed.Err);
        Assert.That(resumed.Out, Does.Contain($"Resumed: {saved} replication(s) were already in the store and were not run again; {80 - saved} ran now."));
        AssertSameFiles(Folder(temp.Combine("whole")), Folder(temp.Combine("stopped")));
        Assert.That(RowCounts(store), Is.EqualTo(RowCounts(temp.Combine("whole", "planner.db"))), "no duplicate rows");
    }

    [Test]
    public void CompareResultsFromTheStoreEqualAFreshRunAlsoAfterShardsAndMerge()
    {
        using var temp = new TempFolder();
        var (a, b) = Files(temp);
        var fresh = Planner.Cli("compare", a, b, "--output", temp.Combine("fresh"), "--quiet");
        Assert.That(fresh.Exit, Is.EqualTo(0), fresh.Err);

        // Everything already in the store: nothing runs, the same files come out.
        var again = Planner.Cli("compare", a, b, "--output", temp.Combine("again"), "--store", temp.Combine("fresh", "planner.db"));
        Assert.That(again.Exit, Is.EqualTo(0), again.Err);
        Assert.That(again.Out, Does.Contain("Resumed: 8 replication(s) were already in the store and were not run again; 0 ran now."));
        AssertSameFiles(Folder(temp.Combine("fresh")), Folder(temp.Combine("again")));

        // Two shards, merged: the comparison from the merged store equals the single run, and so does its export.
        for (var k = 1; k <= 2; k++)
        {
            var shard = Planner.Cli("compare", a, b, "--shard", $"{k}/2", "--store", temp.Combine($"shard-{k}.db"), "--output", temp.Combine($"shard-{k}"));
            Assert.That(shard.Exit, Is.EqualTo(0), shard.Err);
            Assert.That(shard.Out, Does.Contain($"Shard {k}/2: 4 replication(s) run, 0 already saved"));
            Assert.That(Directory.Exists(temp.Combine($"shard-{k}")), Is.False, "a shard writes only its store");
        }
        var merge = Planner.Cli("merge", temp.Combine("shard-1.db"), temp.Combine("shard-2.db"), "--store", temp.Combine("merged.db"));
        Assert.That(merge.Exit, Is.EqualTo(0), merge.Err);
        Assert.That(merge.Out, Does.Contain("8 replication(s) added").And.Not.Contain("Warning"));
        Assert.That(Contents(temp.Combine("merged.db"), temp), Is.EqualTo(Contents(temp.Combine("fresh", "planner.db"), temp)));
        var merged = Planner.Cli("compare", a, b, "--output", temp.Combine("merged"), "--store", temp.Combine("merged.db"), "--quiet");
        Assert.That(merged.Exit, Is.EqualTo(0), merged.Err);
        AssertSameFiles(Folder(temp.Combine("fresh")), Folder(temp.Combine("merged")));

        // The export of the merged store holds the comparison files compare itself wrote.
        var export = Planner.Cli("export", "--store", temp.Combine("merged.db"), "--output", temp.Combine("export"));
        Assert.That(export.Exit, Is.EqualTo(0), export.Err);
        var exported = Directory.GetDirectories(temp.Combine("export")).Single();
        Assert.That(Path.GetFileName(exported), Does.StartWith("compare-small-base-vs-small-team-"));
        foreach (var name in new[] { ComparisonFiles.Csv, ComparisonFiles.Json })
            Assert.That(File.ReadAllText(Path.Combine(exported, name)), Is.EqualTo(File.ReadAllText(Path.Combine(Folder(temp.Combine("fresh")), name))), name);
        Assert.That(File.ReadAllText(Path.Combine(exported, ComparisonFiles.Json)), Does.Contain($"\"file\": {Newtonsoft.Json.JsonConvert.ToString(a)}"));

        var list = Planner.Cli("export", "--list", "--store", temp.Combine("merged.db"));
        Assert.That(list.Out, Does.Contain("compare").And.Contain("compare-small-base-vs-small-team  (8 replications)"));
    }

    [Test]
    public void AnExportOfAnUnfinishedComparisonCoversTheReplicationsEveryScenarioHas()
    {
        using var temp = new TempFolder();
        var small = ScenarioLoader.Parse("small.json", Planner.SmallScenario).Scenario!;
        var plan = ComparisonPlan.For([small with { Name = "small-a" }, small with { Name = "small-b" }], small.Run, ["a.json", "b.json"]);
        ReplicationResult Replication(int point, int replication) =>
            Synthetic(plan.Points[point].Scenario.Unit, new ModelRun(small.Run.Years, small.Run.Seed, replication));
        var path = temp.Combine("planner.db");
        using (var store = Store.ResultStore.Open(path))
        {
            // Scenario a has 1–5, scenario b 1–3 and 5: only 1–3 are paired.
            var id = store.EnsureExperiment(plan);
            foreach (var (point, replication) in new[] { (0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (1, 1), (1, 2), (1, 3), (1, 5) })
                store.Save(id, point, Replication(point, replication), plan.StoreMonthly);
        }
        var export = Planner.Cli("export", "--store", path, "--output", temp.Combine("export"));
        Assert.That(export.Exit, Is.EqualTo(0), export.Err);

        var run = small.Run with { Replications = 3 };
        var expected = new ComparisonResult(run, plan.Points.Select(p =>
        {
            var results = Enumerable.Range(1, 3).Select(r => Replication(p.Index, r)).ToList();
            return new ComparedScenario(plan.Sources![p.ScenarioIndex], p.Scenario with { Run = run }, results, Summaries.Summarise(results));
        }).ToList());
        var folder = Directory.GetDirectories(temp.Combine("export")).Single();
        Assert.That(File.ReadAllText(Path.Combine(folder, ComparisonFiles.Csv)), Is.EqualTo(ComparisonFiles.ComparisonCsv(expected)));
        Assert.That(File.ReadAllText(Path.Combine(folder, ComparisonFiles.Json)), Is.EqualTo(ComparisonFiles.ComparisonJson(expected)));
    }

    [Test]
    public void ThePairedTableFromStoreDataEqualsTheInMemoryOne()
    {
        using var temp = new TempFolder();
        var (a, b) = Files(temp);
        var cli = Planner.Cli("compare", a, b, "--output", temp.Combine("out"));
        Assert.That(cli.Exit, Is.EqualTo(0), cli.Err);

        // The same comparison computed here, replication by replication, without the engine or the store.
        var scenarios = new[] { a, b }.Select(f => ScenarioLoader.Load(f).Scenario!).ToList();
        var run = scenarios[0].Run;
        var compared = scenarios.Zip([a, b], (s, file) =>
        {
            var scenario = s with { Run = run, Unit = s.Unit with { Designs = s.Unit.Designs ?? new DesignParameters() } };
            var results = Enumerable.Range(1, run.Replications)
                .Select(r => UnitModel.Run(scenario.Unit, new ModelRun(run.Years, run.Seed, r))).ToList();
            return new ComparedScenario(file, scenario, results, Summaries.Summarise(results));
        }).ToList();
        var inMemory = new ComparisonResult(run, compared);

        var table = new StringWriter();
        ComparisonTable.Write(ConsoleFactory.Create(new CliContext(table, TextWriter.Null, Interactive: false)), inMemory);
        Assert.That(table.ToString(), Does.Contain("Δ ").And.Contain("Absence cover"));
        Assert.That(cli.Out.Replace("\r", "", StringComparison.Ordinal), Does.Contain(table.ToString().Replace("\r", "", StringComparison.Ordinal)),
            "the printed tables are the in-memory ones");
        var folder = Folder(temp.Combine("out"));
        Assert.That(File.ReadAllText(Path.Combine(folder, ComparisonFiles.Csv)), Is.EqualTo(ComparisonFiles.ComparisonCsv(inMemory)));
        Assert.That(File.ReadAllText(Path.Combine(folder, ComparisonFiles.Replications)), Is.EqualTo(ComparisonFiles.ReplicationsCsv(inMemory)));
        Assert.That(File.ReadAllText(Path.Combine(folder, ComparisonFiles.Json)), Is.EqualTo(ComparisonFiles.ComparisonJson(inMemory)));
    }

    [Test]
    public void PrecisionKeepsTheScenariosPairedAndCoversMeansAndDifferences()
    {
        using var temp = new TempFolder();
        var (a, b) = Files(temp);
        const double target = 0.03;
        var result = Planner.Cli("compare", a, b, "--output", temp.Combine("out"), "-r", "3", "--precision", "0.03",
            "--precision-metric", MetricCatalogue.StrainIndex, "--precision-metric", MetricCatalogue.TotalCostPerYear);
        Assert.That(result.Exit, Is.EqualTo(0), result.Err);
        Assert.That(result.Out, Does.Match(@"Precision: Strain index: widest mean \(small-(base|team)\) ±[\d.]+ % of the mean, widest paired difference \(small-team\) ±[\d.]+ % of small-base's mean; target ±3\.0 %, met with \d+ replications\."));
        Assert.That(result.Out, Does.Contain("Precision: Total cost:"));

        var rows = File.ReadAllLines(Path.Combine(Folder(temp.Combine("out")), ComparisonFiles.Replications)).Select(l => l.Split(',')).ToList();
        var header = rows[0].ToList();
        double[] Values(string scenario, string metric) => rows.Skip(1).Where(r => r[0] == scenario)
            .Select(r => double.Parse(r[header.IndexOf(metric)], CultureInfo.InvariantCulture)).ToArray();
        var n = Values("small-base", MetricCatalogue.StrainIndex).Length;
        Assert.That(Values("small-team", MetricCatalogue.StrainIndex), Has.Length.EqualTo(n), "both scenarios ran the same replications");
        Assert.That(n, Is.GreaterThan(3), "the first batch of 3 was not precise enough");
        Assert.That(result.Out, Does.Contain($"met with {n} replications"));

        foreach (var metric in new[] { MetricCatalogue.StrainIndex, MetricCatalogue.TotalCostPerYear })
        {
            var reference = Values("small-base", metric);
            var team = Values("small-team", metric);
            var level = Math.Abs(Summaries.Interval(reference).Mean);
            foreach (var values in new[] { reference, team })
            {
                var (mean, _, half) = Summaries.Interval(values);
                Assert.That(half, Is.LessThanOrEqualTo(target * Math.Abs(mean)), metric);
            }
            Assert.That(Summaries.Interval(team.Zip(reference, (t, r) => t - r).ToList()).HalfWidth, Is.LessThanOrEqualTo(target * level), metric + " difference");
        }
        // It stopped at the first step that met the target: at the previous step (at most half as many) something fell short.
        var previous = (n + 1) / 2;
        var missed = new[] { MetricCatalogue.StrainIndex, MetricCatalogue.TotalCostPerYear }.Any(metric =>
        {
            var reference = Values("small-base", metric).Take(previous).ToArray();
            var team = Values("small-team", metric).Take(previous).ToArray();
            var level = Math.Abs(Summaries.Interval(reference).Mean);
            return new[] { reference, team }.Any(v => Summaries.Interval(v).HalfWidth > target * Math.Abs(Summaries.Interval(v).Mean))
                   || Summaries.Interval(team.Zip(reference, (t, r) => t - r).ToList()).HalfWidth > target * level;
        });
        Assert.That(missed, Is.True);
    }
}
