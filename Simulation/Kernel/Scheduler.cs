using System.Runtime.CompilerServices;

namespace Planner.Simulation.Kernel;

/// <summary>
/// The event list and the clock. Time is a <c>double</c> in days from the start of the run.
/// Events at the same time run by ascending priority, then in the order they were scheduled (FIFO),
/// however many are pending: the insertion sequence is part of the key, so the heap never has to
/// break a tie.
/// </summary>
/// <remarks>
/// Two styles share this one queue and clock. The callback style (<see cref="Schedule"/>) is the hot
/// path: a cached <see cref="Action{T}"/> and an <c>int</c> payload, nothing allocated per event. The
/// process style (<see cref="Process(IEnumerable{Event})"/>, <see cref="Timeout"/>, <see cref="Event"/>)
/// is in the spirit of SimSharp and is declared in <c>Scheduler.Processes.cs</c>.
/// </remarks>
public sealed partial class Scheduler
{
    /// <summary>
    /// The priority of process starts and interrupts: they run before anything else at the same
    /// time, as in SimSharp, so a process started "now" begins before same-time events.
    /// </summary>
    public const int UrgentPriority = int.MinValue;

    private readonly EventHeap queue;
    private long sequence;

    public Scheduler(int initialCapacity = 1024)
    {
        queue = new EventHeap(initialCapacity);
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
        queue.Push(time, priority, sequence++, callback, payload);
    }

    /// <summary>Queues <paramref name="ev"/> to be fired at <paramref name="time"/>; the caller has checked the time.</summary>
    internal void Enqueue(double time, Event ev, int payload, int priority)
    {
        queue.Push(time, priority, sequence++, ev, payload);
    }

    /// <summary>Runs events until none remain or the next one lies after <paramref name="until"/>; the clock then stands at <paramref name="until"/>.</summary>
    public void Run(double until = double.PositiveInfinity)
    {
        while (queue.Count > 0 && queue.TopTime <= until)
        {
            Dispatch();
        }
        if (!double.IsPositiveInfinity(until) && until > Now) Now = until;
    }

    /// <summary>Runs exactly one event; false if none is pending.</summary>
    public bool Step()
    {
        if (queue.Count == 0) return false;
        Dispatch();
        return true;
    }

    private void Dispatch()
    {
        var target = queue.Pop(out double time, out int payload);
        Now = time;
        Executed++;
        // Exact type test: a sealed delegate type, so this is one pointer compare.
        if (target.GetType() == typeof(Action<int>)) Unsafe.As<Action<int>>(target)(payload);
        else Unsafe.As<Event>(target).Fire(payload);
    }
}
