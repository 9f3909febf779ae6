namespace Planner.Simulation.Kernel;

/// <summary>
/// Something that happens once at a point in simulated time, in SimSharp's sense. An event is
/// <em>pending</em> until <see cref="Succeed"/> triggers it with a value; it is then queued on the
/// <see cref="Kernel.Scheduler"/> and becomes <em>processed</em> when the scheduler reaches it, which
/// is when its waiters (processes that yielded it, conditions, callbacks) run, in the order they
/// started waiting.
/// </summary>
/// <remarks>
/// Waiting on an event that is already processed resumes a process at once. The waiters live in one
/// field (a single waiter, or a list once there are several) because almost every event has exactly
/// one waiter, and allocating a list per event would dominate the process style's garbage.
/// </remarks>
public class Event
{
    private object? value;
    private object? waiters;
    private EventState state;
    private EventFlags flags;

    public Event(Scheduler scheduler)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        Scheduler = scheduler;
    }

    public Scheduler Scheduler { get; }

    /// <summary>True once <see cref="Succeed"/> has been called (or, for a timeout, from creation).</summary>
    public bool IsTriggered => state is EventState.Triggered or EventState.Processed;

    /// <summary>True once the scheduler has run the event's waiters.</summary>
    public bool IsProcessed => state == EventState.Processed;

    /// <summary>The value given to <see cref="Succeed"/>; reading it before the event is triggered is a bug and throws.</summary>
    public object? Value
    {
        get
        {
            if (!IsTriggered) throw new InvalidOperationException("The event has no value: it has not been triggered.");
            return value;
        }
    }

    /// <summary>
    /// Triggers the event with <paramref name="value"/>; its waiters run when the scheduler reaches it,
    /// at the current time after the events already queued for this time and <paramref name="priority"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The event was already triggered.</exception>
    public void Succeed(object? value = null, int priority = 0)
    {
        ThrowIfNotPending();
        TriggerAt(Scheduler.Now, value, priority);
    }

    /// <summary>
    /// Runs <paramref name="callback"/> when the event is processed. For model code outside processes;
    /// a process should simply yield the event.
    /// </summary>
    /// <exception cref="InvalidOperationException">The event was already processed.</exception>
    public void AddCallback(Action<Event> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        // Someone outside the yielding process holds this event, so a pooled timeout must not be reused.
        MarkShared();
        AddWaiter(callback);
    }

    /// <summary>Removes a callback added by <see cref="AddCallback"/>; false if it was not there.</summary>
    public bool RemoveCallback(Action<Event> callback) => RemoveWaiter(callback);

    internal bool IsShared => (flags & EventFlags.Shared) != 0;

    internal void MarkShared() => flags |= EventFlags.Shared;

    internal bool HasFlag(EventFlags flag) => (flags & flag) != 0;

    internal void SetFlag(EventFlags flag) => flags |= flag;

    /// <summary>Sets the value and queues the event at <paramref name="time"/>; callers have validated the time.</summary>
    internal void TriggerAt(double time, object? eventValue, int priority)
    {
        value = eventValue;
        state = EventState.Triggered;
        Scheduler.Enqueue(time, this, 0, priority);
    }

    /// <summary>Lets a process keep its result in the value slot, which is unused until it finishes.</summary>
    private protected object? RawValue
    {
        get => value;
        set => this.value = value;
    }

    /// <summary>Puts a pooled event back to the state of a fresh one; stale holders then get errors, not silent reuse.</summary>
    private protected void ResetForPool(EventFlags keep)
    {
        value = null;
        waiters = null;
        state = EventState.Recycled;
        flags &= keep;
    }

    private protected void Revive() => state = EventState.Pending;

    private protected void ThrowIfNotPending()
    {
        if (state != EventState.Pending)
        {
            throw new InvalidOperationException(state == EventState.Recycled
                ? "This pooled timeout has been recycled; do not keep a timeout past the step it resumed."
                : "The event has already been triggered.");
        }
    }

    internal void AddWaiter(object waiter)
    {
        if (state == EventState.Processed) throw new InvalidOperationException("The event has already been processed.");
        if (state == EventState.Recycled) throw new InvalidOperationException("This pooled timeout has been recycled; do not keep a timeout past the step it resumed.");
        switch (waiters)
        {
            case null:
                waiters = waiter;
                break;
            case List<object> list:
                list.Add(waiter);
                break;
            default:
                waiters = new List<object>(2) { waiters, waiter };
                flags |= EventFlags.Shared;
                break;
        }
    }

    internal bool RemoveWaiter(object waiter)
    {
        if (waiters is List<object> list) return list.Remove(waiter);
        if (waiters is null || !waiters.Equals(waiter)) return false;
        waiters = null;
        return true;
    }

    /// <summary>Called by the scheduler when the event's turn comes; the payload is the one it was queued with.</summary>
    internal virtual void Fire(int payload) => RunWaiters();

    /// <summary>Called when an event this one waits on (a process or condition) has been processed.</summary>
    internal virtual void OnWaitedEventProcessed(Event processed)
    {
    }

    private protected void RunWaiters()
    {
        state = EventState.Processed;
        var current = waiters;
        // Detach first: waiters may add or remove waiters elsewhere while they run.
        waiters = null;
        if (current is null) return;
        if (current is List<object> list)
        {
            for (int i = 0; i < list.Count; i++) Notify(list[i]);
        }
        else
        {
            Notify(current);
        }
    }

    private void Notify(object waiter)
    {
        if (waiter is Event ev) ev.OnWaitedEventProcessed(this);
        else ((Action<Event>)waiter)(this);
    }
}

internal enum EventState : byte
{
    Pending,
    Triggered,
    Processed,
    Recycled,
}

[Flags]
internal enum EventFlags : byte
{
    None = 0,
    /// <summary>More than one party has held the event, so it must never be pooled.</summary>
    Shared = 1,
    /// <summary>The event belongs to the scheduler's timeout pool.</summary>
    Pooled = 2,
    /// <summary>A resource request withdrawn before it was granted.</summary>
    Cancelled = 4,
    /// <summary>A granted resource request that has been given back.</summary>
    Released = 8,
}
