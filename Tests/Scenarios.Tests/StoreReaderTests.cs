using Planner.Scenarios.Experiments;
using Planner.Scenarios.Store;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model;
using Planner.Simulation.Model.Parameters;
using static Planner.Scenarios.Tests.ExperimentTestSupport;

namespace Planner.Scenarios.Tests;

/// <summary>
/// Readers of a store that a run is still writing — from the moment its file appears — get whole committed
/// replications without waiting for the run, and do not hold the run up.
/// </summary>
public sealed class StoreReaderTests
{
    private const int PauseAfter = 5;
    private const int Replications = 12;

    /// <summary>
    /// A run of the synthetic model into a new store, on one thread, that simulates replications 1 to <see cref="PauseAfter"/>
    /// and holds the next until released. The store's writer commits what it is given, in one transaction or several, so
    /// once <see cref="PauseAfter"/> replications are reported saved the store holds exactly those, and the run cannot end.
    /// </summary>
    private sealed class PausedRun : IDisposable, IEngineProgress
    {
        private readonly ManualResetEventSlim paused = new();
        private readonly ManualResetEventSlim release = new();
        private int saved;

        public PausedRun(string path)
        {
            var plan = SyntheticPlan(Replications);
            Task = System.Threading.Tasks.Task.Run(() =>
            {
                using var store = ResultStore.Open(path);
                return new ExperimentEngine(HeldModel).Run(plan, store, new EngineSettings(Threads: 1), this);
            });
        }

        public Task<EngineOutcome> Task { get; }

        private ReplicationResult HeldModel(UnitParameters unit, ModelRun run)
        {
            if (run.Replication > PauseAfter)
                release.Wait();
            return Synthetic(unit, run);
        }

        public void Planned(int replications)
        {
        }

        public void Saved()
        {
            if (Interlocked.Increment(ref saved) == PauseAfter)
                paused.Set();
        }

        /// <summary>Waits until the run is paused; false if it failed first or never got there.</summary>
        public bool WaitUntilPaused() => WaitHandle.WaitAny([paused.WaitHandle, ((IAsyncResult)Task).AsyncWaitHandle], TimeSpan.FromMinutes(1)) == 0;

        public void Release() => release.Set();

        public void Dispose()
        {
            release.Set();
            Task.Wait(TimeSpan.FromMinutes(1));
            paused.Dispose();
            release.Dispose();
        }
    }

    private static void AssertWhole((long Replications, long Metrics, long Monthly) counts)
    {
        // The synthetic model reports two metrics and two monthly columns per replication.
        Assert.That(counts.Metrics, Is.EqualTo(counts.Replications * 2), "every metric of every visible replication, and no other");
        Assert.That(counts.Monthly, Is.EqualTo(counts.Replications * 2), "every monthly series of every visible replication, and no other");
    }

    /// <summary>Reads on a worker thread; the run cannot finish while paused, so a read that waited for it never returns.</summary>
    private static T ReadWhilePaused<T>(PausedRun run, Func<T> read)
    {
        var reading = Task.Run(read);
        if (!reading.Wait(TimeSpan.FromMinutes(1)))
            Assert.Fail("the reader waited for the run to finish");
        Assert.That(run.Task.IsCompleted, Is.False, "the run was still going when the reader returned");
        return reading.Result;
    }

    [Test]
    public void AReaderOpenedAsSoonAsANewStoreAppearsSeesWholeReplicationsWithoutWaitingForTheRun()
    {
        using var temp = new TempFolder();
        var path = temp.Combine("new", "planner.db");
        using var run = new PausedRun(path);
        while (!File.Exists(path) && !run.Task.IsCompleted)
            Thread.SpinWait(20);
        Assert.That(File.Exists(path), Is.True, run.Task.Exception?.ToString());

        // The earliest reader finds a whole store (not a half-made file) with only whole replications.
        var first = ReadWhilePaused(run, () => RowCounts(path));
        Assert.That(first.Replications, Is.InRange(0, PauseAfter));
        AssertWhole(first);

        Assert.That(run.WaitUntilPaused(), Is.True, run.Task.Exception?.ToString());
        var atPause = ReadWhilePaused(run, () => RowCounts(path));
        Assert.That(atPause.Replications, Is.EqualTo(PauseAfter), "every committed replication is visible at once");
        AssertWhole(atPause);

        var export = ReadWhilePaused(run, () => Planner.Cli("export", "--store", path, "--output", temp.Combine("export")));
        Assert.That(export.Exit, Is.EqualTo(0), export.Err);
        var folder = Directory.GetDirectories(temp.Combine("export")).Single();
        Assert.That(File.ReadAllLines(Path.Combine(folder, ResultFiles.Replications)), Has.Length.EqualTo(1 + PauseAfter));
        Assert.That(File.ReadAllLines(Path.Combine(folder, ResultFiles.Monthly)), Has.Length.EqualTo(1 + PauseAfter * 24), "24 months per replication");
    }

    [Test]
    public void AReaderHoldingASnapshotDoesNotHoldUpTheRun()
    {
        using var temp = new TempFolder();
        var path = temp.Combine("planner.db");
        using var run = new PausedRun(path);
        Assert.That(run.WaitUntilPaused(), Is.True, run.Task.Exception?.ToString());

        using var reader = ResultStore.OpenReadOnly(path);
        using (reader.Snapshot())
        {
            Assert.That(reader.RowCounts().Replications, Is.EqualTo(PauseAfter));
            run.Release();
            Assert.That(run.Task.Wait(TimeSpan.FromMinutes(1)), Is.True, "the run finished while the reader held its snapshot");
            Assert.That(run.Task.Result.Ran, Is.EqualTo(Replications));
            Assert.That(reader.RowCounts().Replications, Is.EqualTo(PauseAfter), "a snapshot keeps its view");
        }
        var after = reader.RowCounts();
        Assert.That(after.Replications, Is.EqualTo(Replications), "after the snapshot the reader sees the finished run");
        AssertWhole(after);
    }

    [Test]
    public void AnEmptyFileIsNotTakenForAStore()
    {
        using var temp = new TempFolder();
        var empty = temp.File("planner.db", "");
        var result = Planner.Cli("run", temp.File("small.json", Planner.SmallScenario), "--store", empty, "--output", temp.Combine("out"), "--quiet");
        Assert.That(result.Exit, Is.EqualTo(2), result.Err);
        Assert.That(result.Err, Does.Contain($"{empty}: is an empty file, not a Planner result store"));
        Assert.That(new FileInfo(empty).Length, Is.EqualTo(0), "the file is left as it was");
        Assert.That(Directory.GetFiles(temp.Path).Where(f => Path.GetFileName(f).StartsWith('.')), Is.Empty, "nothing left beside it");
    }
}
