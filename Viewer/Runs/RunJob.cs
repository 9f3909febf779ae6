using Planner.Scenarios.Experiments;

namespace Planner.Viewer.Runs;

public enum RunState { Waiting, Running, Finished, Stopped, Failed }

/// <summary>
/// One run started from a browser: the engine's progress (replications planned and saved), how it ended, and
/// the stop button's cancellation. Written by the engine's threads, read by the progress stream.
/// </summary>
public sealed class RunJob : IEngineProgress
{
    private readonly CancellationTokenSource stop = new();
    private int planned;
    private int saved;

    public RunJob(ExperimentPlan plan)
    {
        Plan = plan;
    }

    public ExperimentPlan Plan { get; }
    public string Hash => Plan.Hash;
    public RunState State { get; private set; } = RunState.Waiting;
    public bool Running => State is RunState.Waiting or RunState.Running;

    /// <summary>Why it failed, in the words the command line would use.</summary>
    public string? Failure { get; private set; }

    public int Planned => Volatile.Read(ref planned);
    public int Saved => Volatile.Read(ref saved);
    public DateTime Started { get; } = DateTime.UtcNow;
    public DateTime? Ended { get; private set; }
    public CancellationToken Cancellation => stop.Token;

    /// <summary>
    /// Whether the browser has been told the run ended. Until then the page keeps listening, so a run that ends
    /// before its page has loaded still opens its results.
    /// </summary>
    public bool Delivered { get; set; }

    void IEngineProgress.Planned(int replications) => Interlocked.Add(ref planned, replications);
    void IEngineProgress.Saved() => Interlocked.Increment(ref saved);

    public void Stop() => stop.Cancel();

    internal void MarkRunning() => State = RunState.Running;

    internal void End(RunState state, string? failure = null)
    {
        Failure = failure;
        Ended = DateTime.UtcNow;
        State = state;
    }
}
