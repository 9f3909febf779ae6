using System.Globalization;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Store;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model;
using Planner.Simulation.Model.Parameters;
using static Planner.Scenarios.Tests.ExperimentTestSupport;

namespace Planner.Scenarios.Tests;

/// <summary>
/// The write path: replications turned into rows on the simulation threads, committed by the engine's one writer
/// thread, several to a transaction; a failed write stops the run with its own error and loses nothing reported saved.
/// </summary>
public sealed class StoreWriterTests
{
    private sealed class CountingProgress : IEngineProgress
    {
        private int saved;
        public int Saved => saved;
        public void Planned(int replications)
        {
        }

        void IEngineProgress.Saved() => Interlocked.Increment(ref saved);
    }

    [Test]
    public void MonthlySeriesTextIsTheRoundTripTextOfEveryValueAndReadsBackExactly()
    {
        var random = new Random(7);
        double[] values =
        [
            0, -0.0, 1, -1, 42, 999_999_999_999_999, 1e15, -1e15, 1e16, 123_456_789_012_345_678, 0.1, 1.0 / 3, -2.5e-300,
            double.Epsilon, double.MaxValue, double.MinValue, 4503599627370496.5, 9007199254740993, double.NaN,
            double.PositiveInfinity, double.NegativeInfinity, .. Enumerable.Range(0, 200).Select(_ => Math.Round(random.NextDouble() * 1e6)),
            .. Enumerable.Range(0, 200).Select(_ => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-20, 20))),
        ];
        var rows = values.Select(v => new[] { v, -v }).ToList();
        var columns = MonthlyJson.WriteColumns(rows, 2);

        for (var c = 0; c < 2; c++)
        {
            var expected = "[" + string.Join(",", rows.Select(r => double.IsFinite(r[c]) ? r[c].ToString("R", CultureInfo.InvariantCulture) : "null")) + "]";
            Assert.That(columns[c], Is.EqualTo(expected), "the same text as before the faster writer, so stores stay byte-comparable");
            var back = MonthlyJson.Read(columns[c]);
            var want = rows.Select(r => double.IsFinite(r[c]) ? r[c] : double.NaN).ToArray();
            Assert.That(back.Select(BitConverter.DoubleToInt64Bits), Is.EqualTo(want.Select(BitConverter.DoubleToInt64Bits)), "exact, sign of zero included");
        }
    }

    [Test]
    public void ABatchIsSavedWhollyOrNotAtAll()
    {
        using var temp = new TempFolder();
        using var store = ResultStore.Open(temp.Combine("store.db"));
        var plan = SyntheticPlan(replications: 4);
        var id = store.EnsureExperiment(plan);
        var unit = plan.Points[0].Scenario.Unit;
        ReplicationRows Rows(int r) => ReplicationRows.From(0, Synthetic(unit, new ModelRun(1, plan.Run.Seed, r)), monthly: true);

        store.Save(id, [Rows(1), Rows(2)]);
        Assert.That(store.Completed(id), Is.EquivalentTo(new[] { (0, 1), (0, 2) }));
        // Replication 2 again: the batch fails on it, and replication 3, written before it in the same transaction, goes too.
        Assert.That(() => store.Save(id, [Rows(3), Rows(2)]), Throws.InstanceOf<Microsoft.Data.Sqlite.SqliteException>());
        Assert.That(store.Completed(id), Is.EquivalentTo(new[] { (0, 1), (0, 2) }));
        Assert.That(RowCounts(store.Path), Is.EqualTo((2L, 4L, 4L)), "no stray metric or monthly row of the failed batch");
        store.Save(id, [Rows(3), Rows(4)]);
        Assert.That(RowCounts(store.Path), Is.EqualTo((4L, 8L, 8L)));
    }

    [Test]
    public void AFailedWriteStopsTheRunWithItsOwnErrorAndEveryReplicationReportedSavedIsThere()
    {
        // From replication 10 on, the model reports other monthly columns than the store holds for the experiment: the writer refuses them.
        ReplicationResult Model(UnitParameters unit, ModelRun run)
        {
            var result = Synthetic(unit, run);
            return run.Replication < 10 ? result : result with { Monthly = result.Monthly with { Columns = ["month", "other"] } };
        }
        using var temp = new TempFolder();
        using var store = ResultStore.Open(temp.Combine("store.db"));
        var progress = new CountingProgress();
        var run = Task.Run(() => new ExperimentEngine(Model).Run(SyntheticPlan(replications: 200), store, new EngineSettings(Threads: 2), progress));

        Assert.That(Task.WaitAny([run], TimeSpan.FromMinutes(1)), Is.EqualTo(0), "the run stopped instead of waiting on a writer that failed");
        Assert.That(run.Exception?.InnerException, Is.InstanceOf<StoreException>().With.Message.Contain("monthly columns"));
        var saved = RowCounts(store.Path).Replications;
        Assert.That(saved, Is.EqualTo(progress.Saved), "reported as saved if and only if committed");
        Assert.That(saved, Is.LessThan(200), "the simulation stopped soon after the failure");
    }

    [Test]
    public void AFailedReplicationLeavesTheOthersSimulatedBeforeItSaved()
    {
        ReplicationResult Model(UnitParameters unit, ModelRun run) =>
            run.Replication == 7 ? throw new ArithmeticException("boom") : Synthetic(unit, run);
        using var temp = new TempFolder();
        using var store = ResultStore.Open(temp.Combine("store.db"));
        var progress = new CountingProgress();
        var plan = SyntheticPlan(replications: 12);

        Assert.Throws<ArithmeticException>(() => new ExperimentEngine(Model).Run(plan, store, new EngineSettings(Threads: 1), progress));
        var done = store.Completed(store.EnsureExperiment(plan));
        Assert.That(done, Is.SupersetOf(Enumerable.Range(1, 6).Select(r => (0, r))), "one thread runs them in order: 1–6 came before the failure");
        Assert.That(done, Does.Not.Contain((0, 7)));
        Assert.That(done, Has.Count.EqualTo(progress.Saved));
    }

    [Test]
    public void AReplicationInFlightWhenTheRunIsStoppedIsSaved()
    {
        using var cancel = new CancellationTokenSource();
        // Stopped (as by Ctrl+C) while replication 3 is being simulated; it finishes, and is kept.
        ReplicationResult Model(UnitParameters unit, ModelRun run)
        {
            if (run.Replication == 3)
                cancel.Cancel();
            return Synthetic(unit, run);
        }
        using var temp = new TempFolder();
        using var store = ResultStore.Open(temp.Combine("store.db"));
        var plan = SyntheticPlan(replications: 12);
        var progress = new CountingProgress();

        Assert.Throws<OperationCanceledException>(() => new ExperimentEngine(Model).Run(plan, store, new EngineSettings(Threads: 1), progress, cancel.Token));
        Assert.That(store.Completed(store.EnsureExperiment(plan)), Is.EquivalentTo(new[] { (0, 1), (0, 2), (0, 3) }));
        Assert.That(progress.Saved, Is.EqualTo(3));
    }
}
