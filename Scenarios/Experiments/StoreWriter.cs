using System.Collections.Concurrent;
using System.Diagnostics;
using Planner.Scenarios.Store;

namespace Planner.Scenarios.Experiments;

/// <summary>
/// The one thread that writes a run's replications into the store. Simulation threads hand it finished
/// replications, already turned into rows, through a bounded queue and go back to simulating: none of
/// them waits for SQLite, its lock or the disk, unless the writer is a whole queue behind. The writer
/// gathers what arrives within <see cref="CommitWindow"/> of a first replication into one transaction and
/// reports those replications as saved only once that commit is on disk. One flush to disk (a millisecond
/// or less, but CPU time the simulation threads lose on a busy machine) then serves several replications,
/// and a process killed meanwhile loses at most that window's replications, none of them reported as saved.
/// </summary>
internal sealed class StoreWriter : IDisposable
{
    /// <summary>The longest a finished replication waits for others to share its commit.</summary>
    public static readonly TimeSpan CommitWindow = TimeSpan.FromMilliseconds(50);

    private readonly ResultStore store;
    private readonly long experimentId;
    private readonly IEngineProgress? progress;
    private readonly BlockingCollection<ReplicationRows> queue;
    private readonly int capacity;
    private readonly CancellationTokenSource failed = new();
    private readonly Task writing;

    /// <param name="capacity">Replications that may wait for the writer before simulation threads wait for it in turn.</param>
    public StoreWriter(ResultStore store, long experimentId, int capacity, IEngineProgress? progress)
    {
        this.store = store;
        this.experimentId = experimentId;
        this.progress = progress;
        this.capacity = capacity;
        queue = new BlockingCollection<ReplicationRows>(capacity);
        writing = Task.Factory.StartNew(Write, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Cancelled when the writer has failed: simulating more would be in vain.</summary>
    public CancellationToken Failed => failed.Token;

    /// <summary>Queues a replication, waiting while the queue is full; throws if <paramref name="cancellation"/> fires meanwhile.</summary>
    public void Add(ReplicationRows rows, CancellationToken cancellation) => queue.Add(rows, cancellation);

    /// <summary>Takes no more replications, writes those still queued and rethrows the writer's failure, if it had one.</summary>
    public void Finish()
    {
        queue.CompleteAdding();
        writing.GetAwaiter().GetResult();
    }

    private void Write()
    {
        try
        {
            var batch = new List<ReplicationRows>();
            foreach (var first in queue.GetConsumingEnumerable())
            {
                batch.Add(first);
                Gather(batch);
                store.Save(experimentId, batch);
                for (var i = 0; i < batch.Count; i++)
                    progress?.Saved();
                batch.Clear();
            }
        }
        catch
        {
            failed.Cancel();
            throw;
        }
    }

    /// <summary>
    /// Adds what arrives within the commit window of the batch's first replication, up to the queue's capacity. Ends
    /// early once the run has handed over its last replication: nothing more can share the commit.
    /// </summary>
    private void Gather(List<ReplicationRows> batch)
    {
        var window = Stopwatch.StartNew();
        while (batch.Count < capacity)
        {
            var left = CommitWindow - window.Elapsed;
            if (left <= TimeSpan.Zero || !queue.TryTake(out var next, left))
                return;
            batch.Add(next);
        }
    }

    public void Dispose()
    {
        queue.CompleteAdding();
        // Finish has normally waited already; after a failure elsewhere this lets the writer end before its queue goes.
        Task.WaitAny(writing);
        queue.Dispose();
        failed.Dispose();
    }
}
