namespace Planner.Simulation.Kernel;

/// <summary>
/// A process's claim on one unit of a <see cref="Resource"/>: an event that is triggered when the
/// unit is granted. Give the unit back (or withdraw a request still queued) with
/// <see cref="Resource.Release(ResourceRequest)"/>.
/// </summary>
public sealed class ResourceRequest : Event
{
    internal ResourceRequest(Resource resource, int priority)
        : base(resource.Scheduler)
    {
        Resource = resource;
        Priority = priority;
    }

    public Resource Resource { get; }

    /// <summary>Lower numbers are served first.</summary>
    public int Priority { get; }

    /// <summary>True once the unit has been granted (the event is triggered).</summary>
    public bool IsGranted => IsTriggered;

    internal bool IsCancelled => HasFlag(EventFlags.Cancelled);

    internal bool IsReleased => HasFlag(EventFlags.Released);
}
