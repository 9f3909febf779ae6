using Planner.Scenarios.Experiments;
using Planner.Scenarios.Store;
using Planner.Simulation.Metrics;
using static Planner.Scenarios.Tests.ExperimentTestSupport;

namespace Planner.Scenarios.Tests;

/// <summary>The replication engine and its store: thread-count independence, resumption, visibility, precision.</summary>
public sealed class EngineTests
{
    private sealed class CountingProgress(Action<int>? saved = null) : IEngineProgress
    {
        private int done;
        public int Planned { get; private set; }
        void IEngineProgress.Planned(int replications) => Planned += replications;
        public void Saved() => saved?.Invoke(Interlocked.Increment(ref done));
    }

    [Test]
    public void OneThreadAndAllCoresGiveIdenticalStores()
    {
        using var temp = new TempFolder();
        var grid = SmallGrid(temp);
        var one = Planner.Cli("experiment", grid, "--store", temp.Combine("one.db"), "--output", temp.Combine("out1"), "--threads", "1", "--quiet");
        var all = Planner.Cli("experiment", grid, "--store", temp.Combine("all.db"), "--output", temp.Combine("out2"), "--threads", Math.Max(2, Environment.ProcessorCount).ToString(), "--quiet");
        Assert.That(one.Exit, Is.EqualTo(0), one.Err);
        Assert.That(all.Exit, Is.EqualTo(0), all.Err);
        var a = Contents(temp.Combine("one.db"), temp);
        var b = Contents(temp.Combine("all.db"), temp);
        Assert.That(a.Keys, Does.Contain(a.Keys.First(k => k.EndsWith("monthly.csv", StringComparison.Ordinal))));
        Assert.That(b, Is.EqualTo(a));
        Assert.That(RowCounts(temp.Combine("one.db")).Replications, Is.EqualTo(12));
    }

    [Test]
    public void ShardsMergedEqualTheUnshardedRun()
    {
        using var temp = new TempFolder();
        var grid = SmallGrid(temp, replications: 5);
        Assert.That(Planner.Cli("experiment", grid, "--store", temp.Combine("whole.db"), "--output", temp.Combine("out"), "--quiet").Exit, Is.EqualTo(0));
        var shardRows = new List<long>();
        for (var k = 1; k <= 3; k++)
        {
            var shard = Planner.Cli("experiment", grid, "--shard", $"{k}/3", "--store", temp.Combine($"shard-{k}.db"), "--quiet");
            Assert.That(shard.Exit, Is.EqualTo(0), shard.Err);
            Assert.That(shard.Out, Does.Contain($"Shard {k}/3"));
            shardRows.Add(RowCounts(temp.Combine($"shard-{k}.db")).Replications);
        }
        Assert.That(shardRows.Sum(), Is.EqualTo(10), "the shards split the 2 × 5 replications without overlap");
        Assert.That(shardRows, Has.All.InRange(3, 4), "round-robin keeps the shards balanced");

        var merge = Planner.Cli("merge", temp.Combine("shard-1.db"), temp.Combine("shard-2.db"), temp.Combine("shard-3.db"), "--store", temp.Combine("merged.db"));
        Assert.That(merge.Exit, Is.EqualTo(0), merge.Err);
        Assert.That(merge.Out, Does.Contain("10 replication(s) added").And.Not.Contain("Warning"));
        Assert.That(Contents(temp.Combine("merged.db"), temp), Is.EqualTo(Contents(temp.Combine("whole.db"), temp)));

        // Merging again adds nothing and duplicates nothing.
        var again = Planner.Cli("merge", temp.Combine("shard-2.db"), "--store", temp.Combine("merged.db"));
        Assert.That(again.Out, Does.Contain("0 replication(s) added"));
        Assert.That(RowCounts(temp.Combine("merged.db")), Is.EqualTo(RowCounts(temp.Combine("whole.db"))));
    }

    [Test]
    public void MergeWithAMissingShardWarns()
    {
        using var temp = new TempFolder();
        var grid = SmallGrid(temp, replications: 3);
        Planner.Cli("experiment", grid, "--shard", "1/2", "--store", temp.Combine("s1.db"), "--quiet");
        var merge = Planner.Cli("merge", temp.Combine("s1.db"), "--store", temp.Combine("merged.db"));
        Assert.That(merge.Exit, Is.EqualTo(0), merge.Err);
        Assert.That(merge.Out, Does.Contain("Warning: replications are missing"));
    }

    [Test]
    public void CancelledRunResumesToTheSameResultWithoutDuplicates()
    {
        using var temp = new TempFolder();
        var plan = SyntheticPlan(replications: 40, points: 2);
        var engine = new ExperimentEngine(Synthetic);
        using (var whole = ResultStore.Open(temp.Combine("whole.db")))
            engine.Run(plan, whole, new EngineSettings(Threads: 2));

        using var cancel = new CancellationTokenSource();
        int savedBeforeStop;
        using (var store = ResultStore.Open(temp.Combine("resumed.db")))
        {
            var progress = new CountingProgress(n => { if (n == 15) cancel.Cancel(); });
            Assert.Throws<OperationCanceledException>(() => engine.Run(plan, store, new EngineSettings(Threads: 2), progress, cancel.Token));
            savedBeforeStop = store.Completed(store.EnsureExperiment(plan)).Count;
        }
        Assert.That(savedBeforeStop, Is.InRange(15, 79), "stopped part-way, every reported replication saved");

        using (var store = ResultStore.Open(temp.Combine("resumed.db")))
        {
            var outcome = engine.Run(plan, store, new EngineSettings(Threads: 2));
            Assert.That(outcome.Skipped, Is.EqualTo(savedBeforeStop));
            Assert.That(outcome.Ran, Is.EqualTo(80 - savedBeforeStop));
        }
        Assert.That(RowCounts(temp.Combine("resumed.db")), Is.EqualTo(RowCounts(temp.Combine("whole.db"))));
        Assert.That(Contents(temp.Combine("resumed.db"), temp), Is.EqualTo(Contents(temp.Combine("whole.db"), temp)));
    }

    [Test]
    public void KilledProcessResumesToTheSameResultWithoutDuplicates()
    {
        using var temp = new TempFolder();
        var scenario = temp.File("small.json", Planner.SmallScenario);
        string[] args = ["run", scenario, "--replications", "120", "--years", "1", "--threads", "1", "--quiet"];
        Assert.That(Planner.Cli([.. args, "--output", temp.Combine("whole")]).Exit, Is.EqualTo(0));

        // A real process, killed without warning once some replications are committed.
        var planner = Path.Combine(AppContext.BaseDirectory, "planner.dll");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        string[] arguments = [planner, .. args, "--output", temp.Combine("killed")];
        foreach (var a in arguments)
            start.ArgumentList.Add(a);
        using (var process = System.Diagnostics.Process.Start(start)!)
        {
            var store = temp.Combine("killed", "planner.db");
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!process.HasExited && DateTime.UtcNow < deadline && SavedSoFar(store) < 3)
                Thread.Sleep(5);
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        var before = SavedSoFar(temp.Combine("killed", "planner.db"));
        Assert.That(before, Is.GreaterThanOrEqualTo(3));
        Assert.That(Directory.Exists(temp.Combine("killed", "small")), Is.False, "no result folder from the killed run");
        if (before == 120)
            Assert.Inconclusive("The run finished before it could be killed.");

        var resumed = Planner.Cli([.. args, "--output", temp.Combine("killed")]);
        Assert.That(resumed.Exit, Is.EqualTo(0), resumed.Err);
        foreach (var name in new[] { ResultFiles.Replications, ResultFiles.Monthly, ResultFiles.Summary, ResultFiles.SummaryJson })
            Assert.That(File.ReadAllText(temp.Combine("killed", "small", name)), Is.EqualTo(File.ReadAllText(temp.Combine("whole", "small", name))), name);
        Assert.That(RowCounts(temp.Combine("killed", "planner.db")), Is.EqualTo(RowCounts(temp.Combine("whole", "planner.db"))));
    }

    [Test]
    public void ReadersSeeOnlyWholeCommittedReplications()
    {
        using var temp = new TempFolder();
        var plan = SyntheticPlan(replications: 30);
        var path = temp.Combine("store.db");
        var keys = 2;
        var columns = 2;
        var checks = 0;
        using var store = ResultStore.Open(path);
        var progress = new CountingProgress(saved =>
        {
            // One statement reads one snapshot: a replication is there with all its rows, or not at all.
            var (replications, metrics, monthly) = RowCounts(path);
            Assert.That(replications, Is.GreaterThanOrEqualTo(saved), "a replication reported as saved is visible");
            Assert.That(metrics, Is.EqualTo(replications * keys));
            Assert.That(monthly, Is.EqualTo(replications * columns), "one series per monthly column");
            Interlocked.Increment(ref checks);
        });
        new ExperimentEngine(Synthetic).Run(plan, store, new EngineSettings(Threads: 2), progress);
        Assert.That(checks, Is.EqualTo(30));
    }

    [Test]
    public void PrecisionStopsOnceTheTargetIsMetAndReportsTheHalfWidth()
    {
        using var temp = new TempFolder();
        using var store = ResultStore.Open(temp.Combine("store.db"));
        var target = new PrecisionTarget([MetricCatalogue.TotalCostPerYear], 0.02, 1000);
        var plan = SyntheticPlan(replications: 5);
        var outcome = new ExperimentEngine(Synthetic).Run(plan, store, new EngineSettings(Precision: target));
        var point = outcome.Points[0];
        var reached = point.Precision.Single();

        // sd ≈ 1e7 on a mean ≈ 1.03e8: ±2 % needs about (1.96 · 1e7 / 2.06e6)² ≈ 90 replications.
        Assert.That(reached.Met, Is.True);
        Assert.That(reached.Relative, Is.LessThanOrEqualTo(0.02));
        Assert.That(point.Replications, Is.InRange(40, 250));
        var values = store.MetricValues(outcome.ExperimentId, 0, MetricCatalogue.TotalCostPerYear, point.Replications);
        Assert.That(Summaries.Interval(values).HalfWidth, Is.EqualTo(reached.HalfWidth), "the reported half-width is that of the stored replications");
        // It stopped at the first step that met the target: the previous step (at most half as many) did not.
        var previous = values.Take((point.Replications + 1) / 2).ToArray();
        var (mean, _, half) = Summaries.Interval(previous);
        Assert.That(half / mean, Is.GreaterThan(0.02));
        Assert.That(outcome.Ran, Is.EqualTo(point.Replications));
    }

    [Test]
    public void PrecisionStopsAtTheCapAndSaysSo()
    {
        using var temp = new TempFolder();
        using var store = ResultStore.Open(temp.Combine("store.db"));
        var target = new PrecisionTarget([MetricCatalogue.TotalCostPerYear], 0.0001, 12);
        var outcome = new ExperimentEngine(Synthetic).Run(SyntheticPlan(replications: 5), store, new EngineSettings(Precision: target));
        Assert.That(outcome.Points[0].Replications, Is.EqualTo(12));
        Assert.That(outcome.Points[0].PrecisionMet, Is.False);
        var line = global::Planner.Scenarios.Cli.EngineReport.Precision(outcome.Points[0], target, "").Single();
        Assert.That(line, Does.Contain("NOT met: stopped at the cap of 12 replications").And.Contain("target ±0.01 %"));
    }

    [Test]
    public void RunWithPrecisionPrintsTheAchievedHalfWidth()
    {
        using var temp = new TempFolder();
        var scenario = temp.File("small.json", Planner.SmallScenario);
        var result = Planner.Cli("run", scenario, "--output", temp.Combine("out"), "--replications", "4", "--precision", "0.05", "--precision-metric", "strain_index");
        Assert.That(result.Exit, Is.EqualTo(0), result.Err);
        Assert.That(result.Out, Does.Match(@"Precision: Strain index ±\d+(\.\d+)? % of the mean \(target ±5\.0 %\), met with \d+ replications\."));
        Assert.That(result.Out, Does.Contain("Warm-up: none"));
    }

    [Test]
    public void AskingForMoreReplicationsExtendsTheExperiment()
    {
        using var temp = new TempFolder();
        var scenario = temp.File("small.json", Planner.SmallScenario);
        Planner.Cli("run", scenario, "--output", temp.Combine("out"), "--replications", "3", "--quiet");
        var more = Planner.Cli("run", scenario, "--output", temp.Combine("out"), "--replications", "5");
        Assert.That(more.Out, Does.Contain("Resumed: 3 replication(s) were already in the store and were not run again; 2 ran now."));
        Assert.That(RowCounts(temp.Combine("out", "planner.db")).Replications, Is.EqualTo(5));
    }
}
