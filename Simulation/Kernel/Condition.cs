namespace Planner.Simulation.Kernel;

/// <summary>
/// An event that triggers when any one (<see cref="Scheduler.AnyOf"/>) or all
/// (<see cref="Scheduler.AllOf"/>) of a set of events have been processed. Its value is the event
/// that completed it: the first one processed for AnyOf, the last one for AllOf (null for an empty
/// set, which triggers at once). Inspect <see cref="Events"/> for the others.
/// </summary>
public sealed class Condition : Event
{
    private readonly Event[] events;
    private readonly int needed;
    private int processed;

    internal Condition(Scheduler scheduler, ReadOnlySpan<Event> events, bool all)
        : base(scheduler)
    {
        this.events = events.ToArray();
        IsAllOf = all;
        needed = all ? this.events.Length : Math.Min(1, this.events.Length);
        Event? completing = null;
        foreach (var ev in this.events)
        {
            ArgumentNullException.ThrowIfNull(ev, nameof(events));
            if (!ReferenceEquals(ev.Scheduler, scheduler)) throw new ArgumentException("All events of a condition must belong to its scheduler.", nameof(events));
            // The condition keeps a reference, so a pooled timeout in it must never be reused.
            ev.MarkShared();
            if (ev.IsProcessed && processed < needed)
            {
                processed++;
                completing = ev;
            }
        }
        if (processed >= needed)
        {
            Succeed(completing);
            return;
        }
        foreach (var ev in this.events)
        {
            if (!ev.IsProcessed) ev.AddWaiter(this);
        }
    }

    /// <summary>True for AllOf, false for AnyOf.</summary>
    public bool IsAllOf { get; }

    public IReadOnlyList<Event> Events => events;

    internal override void OnWaitedEventProcessed(Event processedEvent)
    {
        if (IsTriggered) return;
        if (++processed < needed) return;
        // Stop listening to the rest, so long-lived events do not keep finished conditions alive.
        foreach (var ev in events)
        {
            if (!ev.IsProcessed) ev.RemoveWaiter(this);
        }
        Succeed(processedEvent);
    }
}
