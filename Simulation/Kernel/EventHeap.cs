namespace Planner.Simulation.Kernel;

/// <summary>
/// The pending events of a <see cref="Scheduler"/>: a <see cref="PriorityQueue{TElement, TPriority}"/>
/// of slot numbers ordered by (time, sequence), with each event's callback and payload kept in a slot
/// table.
/// </summary>
/// <remarks>
/// The heap nodes are (int, key): plain values, so sift steps copy no references and pay no GC write
/// barriers; a reference is written once per event, into the slot table. No comparer is passed, so the
/// queue takes its default-comparer path, which the JIT devirtualises and inlines for a struct key. The
/// sequence is unique, so the order is strict and total: FIFO among same-time events however many are
/// pending. Measured against a hand-written 4-ary heap (M/M/c, 1,000,000 customers, Release,
/// interleaved runs): 6.39 vs 6.50 M customers/s, 0 B/customer in both; within 10 %, so the standard
/// queue stays.
/// </remarks>
internal sealed class EventHeap
{
    private readonly PriorityQueue<int, Key> queue;

    private Action<int>?[] callbacks;
    private int[] payloads;
    private int[] freeSlots;
    private int freeCount;

    public EventHeap(int initialCapacity)
    {
        int capacity = Math.Max(4, initialCapacity);
        queue = new PriorityQueue<int, Key>(capacity);
        callbacks = new Action<int>?[capacity];
        payloads = new int[capacity];
        freeSlots = new int[capacity];
        // Every slot starts free; handing them out from the top keeps the low ones hot.
        for (int i = 0; i < capacity; i++) freeSlots[i] = capacity - 1 - i;
        freeCount = capacity;
    }

    public int Count => queue.Count;

    /// <summary>Time of the earliest entry; only valid when <see cref="Count"/> is positive.</summary>
    public double TopTime
    {
        get
        {
            queue.TryPeek(out _, out var key);
            return key.Time;
        }
    }

    /// <summary>Adds an entry; <paramref name="sequence"/> must grow with every push (the scheduler's counter).</summary>
    public void Push(double time, long sequence, Action<int> callback, int payload)
    {
        if (freeCount == 0) Grow();
        int slot = freeSlots[--freeCount];
        callbacks[slot] = callback;
        payloads[slot] = payload;
        queue.Enqueue(slot, new Key(time, sequence));
    }

    /// <summary>Removes the earliest entry and returns its callback, time and payload.</summary>
    public Action<int> Pop(out double time, out int payload)
    {
        queue.TryDequeue(out int slot, out var key);
        time = key.Time;
        var callback = callbacks[slot]!;
        // Drop the reference so the slot does not keep a finished model alive.
        callbacks[slot] = null;
        payload = payloads[slot];
        freeSlots[freeCount++] = slot;
        return callback;
    }

    private void Grow()
    {
        int old = callbacks.Length;
        int capacity = old * 2;
        Array.Resize(ref callbacks, capacity);
        Array.Resize(ref payloads, capacity);
        Array.Resize(ref freeSlots, capacity);
        for (int i = capacity - 1; i >= old; i--) freeSlots[freeCount++] = i;
    }

    /// <summary>An entry's place: earlier time first, then earlier scheduling.</summary>
    private readonly struct Key(double time, long sequence) : IComparable<Key>
    {
        public double Time { get; } = time;
        public long Sequence { get; } = sequence;

        public int CompareTo(Key other)
        {
            if (Time != other.Time) return Time < other.Time ? -1 : 1;
            return Sequence.CompareTo(other.Sequence);
        }
    }
}
