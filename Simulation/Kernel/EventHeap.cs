using System.Runtime.CompilerServices;

namespace Planner.Simulation.Kernel;

/// <summary>
/// The pending events of a <see cref="Scheduler"/>, in (time, sequence) order: a small heap for the
/// current day, a ring of per-day buckets for the days after it, and a heap for the days beyond the
/// ring. Each event's callback and payload sit in a slot table.
/// </summary>
/// <remarks>
/// <para><b>Why days.</b> The model keeps some 230 events pending, most of them months ahead, but runs
/// only about five a day. A single heap orders all of them on every pop (a sift-down through four levels
/// of a 4-ary heap, each step a data-dependent double compare the CPU cannot predict). Here an event for
/// a later day is pushed onto its day's bucket in constant time and is ordered only on the day it
/// becomes due, against the handful of other events of that day.</para>
/// <para><b>Where an entry lives.</b> With <c>day = floor(time)</c> and <c>currentDay</c> the day being
/// run: <c>day ≤ currentDay</c> in <c>today</c>; <c>currentDay &lt; day &lt; ringEnd</c> in the ring
/// bucket <c>day mod RingDays</c>; every later day (and infinite or huge times) in <c>later</c>.
/// Every entry of <c>today</c> comes before every other entry, and the ring window is shorter than the
/// ring, so a bucket only ever holds one day. When <c>today</c> runs empty the clock's day moves to the
/// next day holding entries, and that day's bucket and its entries from <c>later</c> move into
/// <c>today</c>, where (time, sequence) orders them: FIFO among equal times, as before.</para>
/// <para>Nothing is allocated per event once the slot table and the heaps have grown to their working
/// size; the ring is one <c>int</c> array (a bucket is a chain through the slot table).</para>
/// </remarks>
internal sealed class EventHeap
{
    /// <summary>Days the ring covers ahead of the current day (a power of two): the model's re-entries fall within it.</summary>
    private const int RingDays = 2048;

    /// <summary>Ring day numbers are <c>int</c>s; days from here on go to <c>later</c>.</summary>
    private const double RingDayLimit = int.MaxValue - RingDays;

    private const int NoSlot = -1;

    private readonly DayHeap today = new(16);
    private readonly DayHeap later = new(16);

    /// <summary>Per ring day, its most recently pushed slot + 1 (0: empty); the chain goes on through <see cref="Entry.Next"/>.</summary>
    private readonly int[] ringHeads = new int[RingDays];
    private int inRing;
    private double currentDay;
    private double ringEnd = RingDays;

    private Entry[] entries;
    private int freeHead;

    public EventHeap(int initialCapacity)
    {
        int capacity = Math.Max(4, initialCapacity);
        entries = new Entry[capacity];
        freeHead = NoSlot;
        Free(0, capacity);
    }

    public int Count { get; private set; }

    /// <summary>Time of the earliest entry; only valid when <see cref="Count"/> is positive.</summary>
    public double TopTime
    {
        get
        {
            if (today.Count == 0) NextDay();
            return today.TopTime;
        }
    }

    /// <summary>Adds an entry; <paramref name="sequence"/> must grow with every push (the scheduler's counter).</summary>
    public void Push(double time, long sequence, Action<int> callback, int payload)
    {
        if (freeHead == NoSlot) Grow();
        int slot = freeHead;
        ref var entry = ref entries[slot];
        freeHead = entry.Next;
        entry.Callback = callback;
        entry.Payload = payload;
        Count++;

        double day = Math.Floor(time);
        if (day <= currentDay)
        {
            today.Push(new Node(time, sequence, slot));
        }
        else if (day < ringEnd)
        {
            entry.Time = time;
            entry.Sequence = sequence;
            ref int head = ref ringHeads[(int)day & (RingDays - 1)];
            entry.Next = head - 1;
            head = slot + 1;
            inRing++;
        }
        else
        {
            later.Push(new Node(time, sequence, slot));
        }
    }

    /// <summary>Removes the earliest entry and returns its callback, time and payload; only valid when <see cref="Count"/> is positive.</summary>
    public Action<int> Pop(out double time, out int payload)
    {
        if (today.Count == 0) NextDay();
        var node = today.Pop();
        time = node.Time;
        int slot = node.Slot;
        ref var entry = ref entries[slot];
        var callback = entry.Callback!;
        // Drop the reference so the slot does not keep a finished model alive.
        entry.Callback = null;
        payload = entry.Payload;
        entry.Next = freeHead;
        freeHead = slot;
        Count--;
        return callback;
    }

    /// <summary>
    /// With <c>today</c> empty and entries pending: moves the current day on to the first day holding
    /// entries, and those entries into <c>today</c>.
    /// </summary>
    private void NextDay()
    {
        double laterDay = later.Count > 0 ? Math.Floor(later.TopTime) : double.PositiveInfinity;
        if (inRing > 0)
        {
            // The ring holds days below ringEnd ≤ RingDayLimit, so the day numbers are ints; an entry in
            // the ring or in later ends the walk within RingDays steps.
            int day = (int)currentDay + 1;
            ref int head = ref ringHeads[day & (RingDays - 1)];
            while (head == 0 && day < laterDay)
            {
                day++;
                head = ref ringHeads[day & (RingDays - 1)];
            }
            currentDay = day;
            for (int slot = head - 1; slot != NoSlot; slot = entries[slot].Next)
            {
                ref var entry = ref entries[slot];
                today.Push(new Node(entry.Time, entry.Sequence, slot));
                inRing--;
            }
            head = 0;
        }
        else
        {
            currentDay = laterDay;
        }
        ringEnd = Math.Min(currentDay + RingDays, RingDayLimit);
        while (later.Count > 0 && Math.Floor(later.TopTime) <= currentDay) today.Push(later.Pop());
    }

    private void Grow()
    {
        int old = entries.Length;
        Array.Resize(ref entries, old * 2);
        Free(old, old * 2);
    }

    /// <summary>Puts slots <paramref name="from"/> … <paramref name="to"/> − 1 on the free list, lowest first out, so the low ones stay hot.</summary>
    private void Free(int from, int to)
    {
        for (int slot = to - 1; slot >= from; slot--)
        {
            entries[slot].Next = freeHead;
            freeHead = slot;
        }
    }

    /// <summary>
    /// A slot's contents; time and sequence are kept here only while the entry waits in the ring. The
    /// callback is a field rather than an element of its own array: storing into an array of a reference
    /// type costs a covariance check on every push.
    /// </summary>
    private struct Entry
    {
        public Action<int>? Callback;
        public double Time;
        public long Sequence;
        public int Payload;
        /// <summary>The next slot of the same ring day, or of the free list; <see cref="NoSlot"/> ends either.</summary>
        public int Next;
    }

    /// <summary>An entry's place in a heap: earlier time first, then earlier scheduling.</summary>
    private readonly struct Node(double time, long sequence, int slot)
    {
        public readonly double Time = time;
        public readonly long Sequence = sequence;
        public readonly int Slot = slot;

        public bool Before(in Node other) => Time < other.Time || (Time == other.Time && Sequence < other.Sequence);
    }

    /// <summary>A binary min-heap of nodes; sequences are unique, so the order is strict and total.</summary>
    private sealed class DayHeap(int initialCapacity)
    {
        private Node[] nodes = new Node[initialCapacity];

        public int Count { get; private set; }

        public double TopTime => nodes[0].Time;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Push(Node node)
        {
            // The array in a local: the JIT would otherwise reload the field at every step.
            var heap = nodes;
            int i = Count;
            if (i == heap.Length)
            {
                Array.Resize(ref nodes, i * 2);
                heap = nodes;
            }
            Count = i + 1;
            while (i > 0)
            {
                int parent = (i - 1) >> 1;
                if (!node.Before(heap[parent])) break;
                heap[i] = heap[parent];
                i = parent;
            }
            heap[i] = node;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Node Pop()
        {
            var heap = nodes;
            var top = heap[0];
            int count = --Count;
            if (count > 0)
            {
                // Sift the last node down from the root into the hole.
                var last = heap[count];
                int i = 0;
                while (true)
                {
                    int child = 2 * i + 1;
                    if (child >= count) break;
                    if (child + 1 < count && heap[child + 1].Before(heap[child])) child++;
                    if (!heap[child].Before(last)) break;
                    heap[i] = heap[child];
                    i = child;
                }
                heap[i] = last;
            }
            return top;
        }
    }
}
