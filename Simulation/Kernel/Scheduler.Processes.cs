namespace Planner.Simulation.Kernel;

/// <summary>The process style's entry points, and the pool that keeps its timeouts allocation-free.</summary>
public sealed partial class Scheduler
{
    private TimeoutEvent[] timeoutPool = new TimeoutEvent[16];
    private int timeoutPoolCount;

    /// <summary>The process whose body is running now; null outside process bodies.</summary>
    public Process? ActiveProcess { get; internal set; }

    /// <summary>Starts <paramref name="body"/> as a process at the current time (before other events at this time).</summary>
    public Process Process(IEnumerable<Event> body) => new(this, body);

    /// <summary>A new pending event, to be triggered by <see cref="Kernel.Event.Succeed"/>.</summary>
    public Event Event() => new(this);

    /// <summary>
    /// An event processed after <paramref name="delay"/> days, with <paramref name="value"/>. Pooled:
    /// meant for <c>yield return scheduler.Timeout(d);</c> — see <see cref="TimeoutEvent"/> for when it is reused.
    /// </summary>
    public TimeoutEvent Timeout(double delay, object? value = null, int priority = 0)
    {
        var timeout = timeoutPoolCount > 0 ? timeoutPool[--timeoutPoolCount] : TimeoutEvent.CreatePooled(this);
        timeout.Start(delay, value, priority);
        return timeout;
    }

    /// <summary>Triggers when the first of <paramref name="events"/> has been processed.</summary>
    public Condition AnyOf(params ReadOnlySpan<Event> events) => new(this, events, all: false);

    /// <summary>Triggers when all of <paramref name="events"/> have been processed.</summary>
    public Condition AllOf(params ReadOnlySpan<Event> events) => new(this, events, all: true);

    internal void Recycle(TimeoutEvent timeout)
    {
        timeout.Recycle();
        if (timeoutPoolCount == timeoutPool.Length) Array.Resize(ref timeoutPool, timeoutPool.Length * 2);
        timeoutPool[timeoutPoolCount++] = timeout;
    }
}
