namespace Planner.Simulation.Kernel;

/// <summary>
/// An event that triggers itself after a delay in days. Created through
/// <see cref="Scheduler.Timeout"/> it is pooled; created with the public constructor it is an
/// ordinary event that is never reused.
/// </summary>
/// <remarks>
/// Pooling rule: a pooled timeout goes back to the pool only when its sole waiter ever was one
/// process that yielded it, right after that process has run the step the timeout resumed. So
/// <c>yield return scheduler.Timeout(d);</c> costs no allocation, and a timeout that is also given to
/// a condition or a callback is never reused. Do not keep a pooled timeout across a later yield;
/// use <c>new TimeoutEvent(...)</c> for a timeout you want to inspect afterwards.
/// </remarks>
public sealed class TimeoutEvent : Event
{
    /// <summary>An unpooled timeout: triggered now with <paramref name="value"/>, processed after <paramref name="delay"/> days.</summary>
    public TimeoutEvent(Scheduler scheduler, double delay, object? value = null, int priority = 0)
        : base(scheduler)
    {
        Start(delay, value, priority);
    }

    private TimeoutEvent(Scheduler scheduler)
        : base(scheduler)
    {
        SetFlag(EventFlags.Pooled);
    }

    /// <summary>The time at which the timeout is processed.</summary>
    public double Due { get; private set; }

    internal static TimeoutEvent CreatePooled(Scheduler scheduler) => new(scheduler);

    internal bool Recyclable => (HasFlag(EventFlags.Pooled)) && !IsShared;

    internal void Start(double delay, object? value, int priority)
    {
        if (!(delay >= 0)) throw new ArgumentOutOfRangeException(nameof(delay), delay, "Delay must be a non-negative number of days.");
        Revive();
        Due = Scheduler.Now + delay;
        TriggerAt(Due, value, priority);
    }

    internal void Recycle() => ResetForPool(EventFlags.Pooled);
}
