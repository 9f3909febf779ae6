using System.Runtime.ExceptionServices;
using Planner.Scenarios.Store;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model;
using Planner.Simulation.Model.Parameters;

namespace Planner.Scenarios.Experiments;

/// <summary>One replication of a unit; the command line passes UnitModel.Run, tests a stand-in.</summary>
public delegate ReplicationResult ReplicationModel(UnitParameters unit, ModelRun run);

/// <summary>What the engine tells a progress display: more replications to run, and one more saved.</summary>
public interface IEngineProgress
{
    void Planned(int replications);
    void Saved();
}

/// <summary>How the engine runs: threads, which shard, and an optional precision target.</summary>
public sealed record EngineSettings(int Threads = 0, Shard? Shard = null, PrecisionTarget? Precision = null)
{
    public Shard Part => Shard ?? Experiments.Shard.Whole;
}

/// <summary>Where a point ended: its replication count and, with a precision target, the half-widths reached.</summary>
public sealed record PointOutcome(DesignPoint Point, int Replications, IReadOnlyList<AchievedPrecision> Precision)
{
    public bool PrecisionMet => Precision.All(p => p.Met);
}

/// <param name="Rerun">Stored replications found damaged (checksum) at the start, removed and run again.</param>
public sealed record EngineOutcome(long ExperimentId, IReadOnlyList<PointOutcome> Points, int Ran, int Skipped, IReadOnlyList<DamagedReplication>? Rerun = null);

/// <summary>
/// Runs an experiment's replications into a store: in parallel, each replication keyed by (seed,
/// replication) and committed by one writer thread within moments of finishing (simulation threads never
/// wait for the store), so the store's contents do not depend on the thread count and a stopped run
/// resumes by skipping what the store already holds.
/// With a precision target it adds replications point by point (for a comparison, all points together) until the target or the cap is reached.
/// </summary>
public sealed class ExperimentEngine(ReplicationModel model)
{
    public EngineOutcome Run(ExperimentPlan plan, ResultStore store, EngineSettings settings,
        IEngineProgress? progress = null, CancellationToken cancellation = default)
    {
        if (settings.Precision is not null && !settings.Part.IsWhole)
            throw new ArgumentException("A precision target needs every replication; it cannot run in shards.", nameof(settings));
        var id = store.EnsureExperiment(plan);
        // A replication whose rows no longer match their checksum is not averaged in: it is removed and run again.
        var damaged = store.Damaged(id);
        if (damaged.Count > 0)
        {
            if (store.IsReadOnly)
                throw new StoreException($"{store.Path}: {damaged.Count} stored replication(s) are damaged ({string.Join("; ", damaged.Take(3))}{(damaged.Count > 3 ? "; …" : "")}) "
                    + "and the store is read-only, so they cannot be run again; copy the store to a writable folder and run the same command there");
            store.Forget(id, damaged.Select(d => (d.Point, d.Replication)));
        }
        var done = new HashSet<(int Point, int Replication)>(store.Completed(id));
        var targets = plan.Points.Select(_ => plan.Run.Replications).ToArray();
        var achieved = plan.Points.Select(_ => (IReadOnlyList<AchievedPrecision>)[]).ToArray();
        int ran = 0, skipped = 0;
        var counted = new HashSet<(int, int)>();
        while (true)
        {
            var items = new List<(int Point, int Replication)>();
            for (var p = 0; p < plan.Points.Count; p++)
            {
                for (var r = 1; r <= targets[p]; r++)
                {
                    if (!settings.Part.Owns(p, r) || !counted.Add((p, r)))
                        continue;
                    if (done.Contains((p, r)))
                        skipped++;
                    else
                        items.Add((p, r));
                }
            }
            if (items.Count > 0 && store.IsReadOnly)
                throw new StoreException($"{store.Path}: the store is read-only and lacks {items.Count} replication(s) of \"{plan.Name}\"; "
                    + "give a writable --store, or copy the store to a writable folder and run the same command there");
            progress?.Planned(items.Count);
            RunItems(plan, store, id, items, settings.Threads, progress, cancellation);
            ran += items.Count;
            foreach (var item in items)
                done.Add(item);

            if (settings.Precision is not { } precision)
                break;
            var grew = precision.PairedWithFirst
                ? StepTogether(plan, store, id, precision, targets, achieved)
                : StepEach(plan, store, id, precision, targets, achieved);
            if (!grew)
                break;
        }
        var outcomes = plan.Points.Select((point, p) => new PointOutcome(point, targets[p], achieved[p])).ToList();
        return new EngineOutcome(id, outcomes, ran, skipped, damaged);
    }

    /// <summary>Each point on its own: a point's next count depends only on its own values.</summary>
    private static bool StepEach(ExperimentPlan plan, ResultStore store, long id, PrecisionTarget precision, int[] targets,
        IReadOnlyList<AchievedPrecision>[] achieved)
    {
        var grew = false;
        for (var p = 0; p < plan.Points.Count; p++)
        {
            var series = precision.Metrics.Select(m => new PrecisionSeries(m, store.MetricValues(id, p, m, targets[p]))).ToList();
            var (next, reached) = PrecisionRule.Next(precision, targets[p], series);
            achieved[p] = reached;
            if (next > targets[p])
            {
                targets[p] = next;
                grew = true;
            }
        }
        return grew;
    }

    /// <summary>A comparison: every point's mean and paired difference from point 0 checked, and all points moved to the largest count, so they stay paired.</summary>
    private static bool StepTogether(ExperimentPlan plan, ResultStore store, long id, PrecisionTarget precision, int[] targets,
        IReadOnlyList<AchievedPrecision>[] achieved)
    {
        var n = targets.Max();
        var values = plan.Points.Select((_, p) => precision.Metrics.Select(m => store.MetricValues(id, p, m, n)).ToList()).ToList();
        var next = n;
        for (var p = 0; p < plan.Points.Count; p++)
        {
            var series = precision.Metrics.Select((m, i) => new PrecisionSeries(m, values[p][i])).ToList();
            if (p > 0)
                series.AddRange(precision.Metrics.Select((m, i) => PrecisionSeries.Difference(m, values[p][i], values[0][i])));
            var (step, reached) = PrecisionRule.Next(precision, n, series);
            achieved[p] = reached;
            next = Math.Max(next, step);
        }
        Array.Fill(targets, next);
        return next > n;
    }

    /// <summary>
    /// Simulates the items on the worker threads and saves them through one <see cref="StoreWriter"/>. Whatever
    /// stops the run — cancellation, a failed replication, a failed write — replications already simulated are
    /// still written (unless writing is what failed), so a resumed run has less to do.
    /// </summary>
    private void RunItems(ExperimentPlan plan, ResultStore store, long id, IReadOnlyList<(int Point, int Replication)> items,
        int threads, IEngineProgress? progress, CancellationToken cancellation)
    {
        if (items.Count == 0)
            return;
        var workers = threads > 0 ? threads : Environment.ProcessorCount;
        using var writer = new StoreWriter(store, id, capacity: 4 * workers, progress);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation, writer.Failed);
        var options = new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = stop.Token };
        ExceptionDispatchInfo? failure = null;
        try
        {
            Parallel.For(0, items.Count, options, i =>
            {
                var (p, r) = items[i];
                var result = model(plan.Points[p].Scenario.Unit, new ModelRun(plan.Run.Years, plan.Run.Seed, r));
                // Not given up on cancellation: a replication in flight when the user stops the run is saved all the same.
                writer.Add(ReplicationRows.From(p, result, plan.StoreMonthly), writer.Failed);
            });
        }
        catch (Exception e) when (e is OperationCanceledException or AggregateException && writer.Failed.IsCancellationRequested)
        {
            // Stopped because the writer failed: Finish rethrows why.
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            failure = ExceptionDispatchInfo.Capture(e.InnerExceptions[0]);
        }
        finally
        {
            writer.Finish();
        }
        failure?.Throw();
    }
}
