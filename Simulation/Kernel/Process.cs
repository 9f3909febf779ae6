namespace Planner.Simulation.Kernel;

/// <summary>
/// A process: a C# iterator that yields the events it waits for, driven by the scheduler. A process
/// is itself an event, triggered when the iterator ends, so others can yield it to wait for its
/// completion; its value is what the body passed to <see cref="SetResult"/> (null otherwise).
/// </summary>
/// <remarks>
/// <para>The body starts at the time the process is created, with <see cref="Scheduler.UrgentPriority"/>,
/// i.e. before other events at that time. Each <c>yield return ev</c> suspends it until <c>ev</c> is
/// processed; yielding an event that is already processed continues at once.</para>
/// <para><b>Interrupts.</b> <see cref="Interrupt"/> does not run anything synchronously: it queues an
/// interruption at the current time with urgent priority. When that comes up, if the process is still
/// alive it stops waiting for its current event (that event is not cancelled: a timeout still fires,
/// a resource request stays queued until released) and resumes. During exactly that step
/// <see cref="Interrupted"/> is true and <see cref="InterruptCause"/> holds the cause; the step after
/// the next yield sees them false and null again. An interrupt that comes up after the process has
/// finished is ignored. Several interrupts are delivered one step each, in the order issued.</para>
/// </remarks>
public sealed class Process : Event
{
    private const int StartPayload = 1;

    private IEnumerator<Event>? body;
    private Event? target;

    internal Process(Scheduler scheduler, IEnumerable<Event> generator)
        : base(scheduler)
    {
        ArgumentNullException.ThrowIfNull(generator);
        // A compiler iterator hands itself out on the first GetEnumerator call: no extra allocation.
        body = generator.GetEnumerator();
        scheduler.Enqueue(scheduler.Now, this, StartPayload, Scheduler.UrgentPriority);
    }

    /// <summary>True until the body has ended.</summary>
    public bool IsAlive => body is not null;

    /// <summary>
    /// While suspended: the event the process waits for. While running: the event that resumed it
    /// (null for the first step).
    /// </summary>
    public Event? Target => target;

    /// <summary>True during the step that an <see cref="Interrupt"/> resumed; see the remarks on <see cref="Process"/>.</summary>
    public bool Interrupted => target is Interruption;

    /// <summary>The cause given to <see cref="Interrupt"/> during the step it resumed; null otherwise.</summary>
    public object? InterruptCause => (target as Interruption)?.Cause;

    /// <summary>Sets the value the process will succeed with when its body ends.</summary>
    public void SetResult(object? result)
    {
        if (!IsAlive) throw new InvalidOperationException("The process has already finished.");
        RawValue = result;
    }

    /// <summary>
    /// Makes the process stop waiting and resume with <see cref="Interrupted"/> set, at the current
    /// time before other events; see the remarks on <see cref="Process"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The process has finished, or interrupts itself.</exception>
    public void Interrupt(object? cause = null)
    {
        if (!IsAlive) throw new InvalidOperationException("Cannot interrupt a process that has finished.");
        if (ReferenceEquals(Scheduler.ActiveProcess, this)) throw new InvalidOperationException("A process cannot interrupt itself.");
        _ = new Interruption(this, cause);
    }

    internal override void Fire(int payload)
    {
        if (payload == StartPayload) Resume(null);
        else RunWaiters();
    }

    internal override void OnWaitedEventProcessed(Event processed) => Resume(processed);

    internal void Deliver(Interruption interruption)
    {
        if (!IsAlive) return;
        target?.RemoveWaiter(this);
        Resume(interruption);
    }

    private void Resume(Event? trigger)
    {
        var scheduler = Scheduler;
        var previous = scheduler.ActiveProcess;
        scheduler.ActiveProcess = this;
        try
        {
            var next = trigger;
            while (true)
            {
                target = next;
                if (!body!.MoveNext())
                {
                    Finish();
                    break;
                }
                next = body.Current ?? throw new InvalidOperationException("A process yielded null; yield an event.");
                if (!ReferenceEquals(next.Scheduler, scheduler)) throw new InvalidOperationException("A process yielded an event of another scheduler.");
                if (!next.IsProcessed)
                {
                    target = next;
                    next.AddWaiter(this);
                    break;
                }
            }
        }
        finally
        {
            scheduler.ActiveProcess = previous;
        }
        // This process was the timeout's only holder and has finished the step it resumed.
        if (trigger is TimeoutEvent timeout && timeout.Recyclable) scheduler.Recycle(timeout);
    }

    private void Finish()
    {
        body!.Dispose();
        body = null;
        target = null;
        TriggerAt(Scheduler.Now, RawValue, 0);
    }
}
