namespace Planner.Simulation.Kernel;

/// <summary>
/// The event list and the clock. Time is a <c>double</c> in days from the start of the run.
/// Events at the same time run by ascending priority, then in the order they were scheduled (FIFO),
/// however many are pending: the insertion sequence is part of the key, so the heap never has to
/// break a tie.
/// </summary>
public sealed class Scheduler
{
    private readonly PriorityQueue<Entry, EventKey> queue;
    private long sequence;

    public Scheduler(int initialCapacity = 1024)
    {
        queue = new PriorityQueue<Entry, EventKey>(initialCapacity, EventKeyComparer.Instance);
    }

    /// <summary>Current simulation time in days.</summary>
    public double Now { get; private set; }

    /// <summary>Number of events waiting.</summary>
    public int Pending => queue.Count;

    /// <summary>Number of events executed so far.</summary>
    public long Executed { get; private set; }

    /// <summary>
    /// The hot-path style: a cached callback and a small value payload. Nothing is allocated per
    /// event once the heap has grown to its working size.
    /// </summary>
    public void Schedule(double delay, Action<int> callback, int payload = 0, int priority = 0)
    {
        if (!(delay >= 0)) throw new ArgumentOutOfRangeException(nameof(delay), delay, "Delay must be a non-negative number of days.");
        ScheduleAt(Now + delay, callback, payload, priority);
    }

    public void ScheduleAt(double time, Action<int> callback, int payload = 0, int priority = 0)
    {
        if (!(time >= Now)) throw new ArgumentOutOfRangeException(nameof(time), time, $"Cannot schedule in the past (now {Now}).");
        ArgumentNullException.ThrowIfNull(callback);
        queue.Enqueue(new Entry(callback, payload), new EventKey(time, priority, sequence++));
    }

    /// <summary>Runs events until none remain or the next one lies after <paramref name="until"/>; the clock then stands at <paramref name="until"/>.</summary>
    public void Run(double until = double.PositiveInfinity)
    {
        while (queue.TryPeek(out _, out var key) && key.Time <= until)
        {
            var entry = queue.Dequeue();
            Now = key.Time;
            Executed++;
            entry.Callback(entry.Payload);
        }
        if (!double.IsPositiveInfinity(until) && until > Now) Now = until;
    }

    /// <summary>Runs exactly one event; false if none is pending.</summary>
    public bool Step()
    {
        if (!queue.TryDequeue(out var entry, out var key)) return false;
        Now = key.Time;
        Executed++;
        entry.Callback(entry.Payload);
        return true;
    }

    private readonly record struct Entry(Action<int> Callback, int Payload);

    private readonly record struct EventKey(double Time, int Priority, long Sequence);

    private sealed class EventKeyComparer : IComparer<EventKey>
    {
        public static readonly EventKeyComparer Instance = new();

        public int Compare(EventKey x, EventKey y)
        {
            int c = x.Time.CompareTo(y.Time);
            if (c != 0) return c;
            c = x.Priority.CompareTo(y.Priority);
            return c != 0 ? c : x.Sequence.CompareTo(y.Sequence);
        }
    }
}
