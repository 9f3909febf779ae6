namespace Planner.Simulation.Kernel;

/// <summary>
/// A pool of <see cref="Capacity"/> identical units (e.g. caseworkers) with a priority queue: lower
/// priority numbers are served first, and equal priorities first come, first served.
/// </summary>
/// <remarks>
/// <para>Two styles. A process yields <see cref="Request(int)"/> and later calls
/// <see cref="Release(ResourceRequest)"/>. Callback code calls <see cref="Request(Action{int}, int, int)"/>
/// and later <see cref="Release()"/>; its callback is invoked synchronously, inside the Request call
/// if a unit is free, otherwise inside the Release that frees one, because the callback style trades
/// the extra event for speed.</para>
/// <para>Monitors are optional: each update is a null check when none is attached.</para>
/// </remarks>
public sealed class Resource
{
    private readonly RequestQueue queue = new();
    private int inUse;
    private int waiting;

    public Resource(Scheduler scheduler, int capacity)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Scheduler = scheduler;
        Capacity = capacity;
    }

    public Scheduler Scheduler { get; }

    public int Capacity { get; }

    /// <summary>Units granted and not yet released.</summary>
    public int InUse => inUse;

    /// <summary>Claims waiting for a unit (withdrawn requests excluded).</summary>
    public int QueueLength => waiting;

    /// <summary>If set, records <see cref="InUse"/> over time.</summary>
    public TimeWeightedStatistic? InUseMonitor { get; set; }

    /// <summary>If set, records <see cref="QueueLength"/> over time.</summary>
    public TimeWeightedStatistic? QueueMonitor { get; set; }

    /// <summary>If set, records each granted claim's wait in days (zero when served at once).</summary>
    public SampleStatistic? WaitMonitor { get; set; }

    /// <summary>Process style: an event triggered when a unit is granted to this claim.</summary>
    public ResourceRequest Request(int priority = 0)
    {
        var request = new ResourceRequest(this, priority);
        if (inUse < Capacity)
        {
            TakeUnit(0);
            request.Succeed(null);
        }
        else
        {
            Enqueue(new WaitingClaim { Priority = priority, RequestedAt = Scheduler.Now, Request = request });
        }
        return request;
    }

    /// <summary>
    /// Callback style: invokes <paramref name="onGranted"/>(<paramref name="payload"/>) when a unit is
    /// granted, synchronously (see remarks). Give the unit back with <see cref="Release()"/>.
    /// </summary>
    public void Request(Action<int> onGranted, int payload = 0, int priority = 0)
    {
        ArgumentNullException.ThrowIfNull(onGranted);
        if (inUse < Capacity)
        {
            TakeUnit(0);
            onGranted(payload);
        }
        else
        {
            Enqueue(new WaitingClaim { Priority = priority, Payload = payload, RequestedAt = Scheduler.Now, Callback = onGranted });
        }
    }

    /// <summary>
    /// Gives back the unit of a granted request, or withdraws a request still queued (e.g. after an
    /// interrupt or a reneging timeout).
    /// </summary>
    /// <exception cref="InvalidOperationException">The request belongs to another resource or was already released.</exception>
    public void Release(ResourceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!ReferenceEquals(request.Resource, this)) throw new InvalidOperationException("The request belongs to another resource.");
        if (request.IsReleased || request.IsCancelled) throw new InvalidOperationException("The request has already been released.");
        if (request.IsGranted)
        {
            request.SetFlag(EventFlags.Released);
            GiveBackUnit();
        }
        else
        {
            // Left in the heap and skipped when it surfaces: removal from the middle of a heap is not worth it.
            request.SetFlag(EventFlags.Cancelled);
            waiting--;
            QueueMonitor?.Record(Scheduler.Now, waiting);
        }
    }

    /// <summary>Callback style: gives back one unit granted through <see cref="Request(Action{int}, int, int)"/>.</summary>
    public void Release()
    {
        if (inUse == 0) throw new InvalidOperationException("No unit is in use.");
        GiveBackUnit();
    }

    private void Enqueue(WaitingClaim claim)
    {
        queue.Push(claim);
        waiting++;
        QueueMonitor?.Record(Scheduler.Now, waiting);
    }

    private void TakeUnit(double waited)
    {
        inUse++;
        InUseMonitor?.Record(Scheduler.Now, inUse);
        WaitMonitor?.Add(waited);
    }

    private void GiveBackUnit()
    {
        inUse--;
        InUseMonitor?.Record(Scheduler.Now, inUse);
        // Loop because a withdrawn claim may surface first; at most one unit is free here.
        while (waiting > 0 && inUse < Capacity)
        {
            var claim = queue.Pop();
            if (claim.Request is { IsCancelled: true }) continue;
            waiting--;
            QueueMonitor?.Record(Scheduler.Now, waiting);
            TakeUnit(Scheduler.Now - claim.RequestedAt);
            // State is consistent before the grant, so a callback may request or release re-entrantly.
            if (claim.Request is { } request) request.Succeed(null);
            else claim.Callback!(claim.Payload);
        }
    }
}
