namespace Planner.Simulation.Kernel;

/// <summary>
/// The clock and the event list of one replication: callbacks with an <c>int</c> payload, run in time
/// order. Time is a <c>double</c> in days from the start of the run.
/// </summary>
/// <remarks>
/// <para><b>Order.</b> Earlier time first; events at the same time run in the order they were scheduled
/// (first in, first out), however many are pending, including one scheduled for "now" by a running
/// event, which runs after those already queued for now. There are no priorities: the model orders
/// same-day events by fixed fractions of a day (see <c>UnitSimulation</c> and docs/kernel.md), which
/// are exact in binary, so ties are real ties and FIFO settles them.</para>
/// <para><b>Cost.</b> The callback is a cached delegate and the payload a value (a slot number), so an
/// event allocates nothing once the heap has grown to its working size.</para>
/// </remarks>
internal sealed class Scheduler
{
    private readonly EventHeap queue;
    private long sequence;

    public Scheduler(int initialCapacity = 1024)
    {
        queue = new EventHeap(initialCapacity);
    }

    /// <summary>Current simulation time in days: the time of the event running, or where <see cref="Run"/> stopped.</summary>
    public double Now { get; private set; }

    /// <summary>Number of events waiting.</summary>
    public int Pending => queue.Count;

    /// <summary>Number of events run so far.</summary>
    public long Executed { get; private set; }

    /// <summary>Runs <paramref name="callback"/>(<paramref name="payload"/>) <paramref name="delay"/> days from now.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delay"/> is negative or NaN.</exception>
    public void Schedule(double delay, Action<int> callback, int payload = 0)
    {
        if (!(delay >= 0)) throw new ArgumentOutOfRangeException(nameof(delay), delay, "Delay must be a non-negative number of days.");
        ScheduleAt(Now + delay, callback, payload);
    }

    /// <summary>Runs <paramref name="callback"/>(<paramref name="payload"/>) at <paramref name="time"/> (days from the start).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="time"/> is before <see cref="Now"/> or NaN.</exception>
    public void ScheduleAt(double time, Action<int> callback, int payload = 0)
    {
        if (!(time >= Now)) throw new ArgumentOutOfRangeException(nameof(time), time, $"Cannot schedule in the past (now {Now}).");
        ArgumentNullException.ThrowIfNull(callback);
        queue.Push(time, sequence++, callback, payload);
    }

    /// <summary>
    /// Runs events until none remain or the next one lies after <paramref name="until"/> (an event at
    /// exactly <paramref name="until"/> runs); the clock then stands at <paramref name="until"/>.
    /// </summary>
    public void Run(double until = double.PositiveInfinity)
    {
        while (queue.Count > 0 && queue.TopTime <= until)
        {
            var callback = queue.Pop(out double time, out int payload);
            Now = time;
            Executed++;
            callback(payload);
        }
        if (!double.IsPositiveInfinity(until) && until > Now) Now = until;
    }
}
