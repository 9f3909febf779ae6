using System.Runtime.CompilerServices;

namespace Planner.Simulation.Kernel;

/// <summary>
/// The pending events: a 4-ary min-heap on (time, priority, sequence) whose nodes are plain values,
/// with each event's target (a callback or an <see cref="Event"/>) and payload kept in a slot table.
/// </summary>
/// <remarks>
/// Why not PriorityQueue: it calls the comparer through an interface at every sift step, and its
/// nodes carry the references, so every move pays GC write barriers. Here sift steps copy 24-byte
/// reference-free nodes with the comparison inlined, and a reference is written once per event.
/// A 4-ary layout halves the depth. The sequence is unique, so the order is strict and total.
/// </remarks>
internal sealed class EventHeap
{
    private Node[] nodes;
    private int count;

    private object?[] targets;
    private int[] payloads;
    private int[] freeSlots;
    private int freeCount;

    public EventHeap(int initialCapacity)
    {
        int capacity = Math.Max(4, initialCapacity);
        nodes = new Node[capacity];
        targets = new object?[capacity];
        payloads = new int[capacity];
        freeSlots = new int[capacity];
        // Every slot starts free; handing them out from the top keeps the low ones hot.
        for (int i = 0; i < capacity; i++) freeSlots[i] = capacity - 1 - i;
        freeCount = capacity;
    }

    public int Count => count;

    /// <summary>Time of the earliest entry; only valid when <see cref="Count"/> is positive.</summary>
    public double TopTime => nodes[0].Time;

    public void Push(double time, int priority, long sequence, object target, int payload)
    {
        if (freeCount == 0) Grow();
        int slot = freeSlots[--freeCount];
        targets[slot] = target;
        payloads[slot] = payload;

        var node = new Node { Time = time, Sequence = sequence, Priority = priority, Slot = slot };
        var a = nodes;
        int i = count++;
        // Sift up with a hole: move parents down until the new node fits, then write it once.
        while (i > 0)
        {
            int parent = (i - 1) >> 2;
            if (!node.Before(in a[parent])) break;
            a[i] = a[parent];
            i = parent;
        }
        a[i] = node;
    }

    /// <summary>Removes the earliest entry and returns its time, target and payload.</summary>
    public object Pop(out double time, out int payload)
    {
        var a = nodes;
        int slot = a[0].Slot;
        time = a[0].Time;
        int n = --count;
        if (n > 0)
        {
            var last = a[n];
            int i = 0;
            while (true)
            {
                int child = (i << 2) + 1;
                if (child >= n) break;
                int best = child;
                int end = Math.Min(child + 4, n);
                for (int c = child + 1; c < end; c++)
                {
                    if (a[c].Before(in a[best])) best = c;
                }
                if (!a[best].Before(in last)) break;
                a[i] = a[best];
                i = best;
            }
            a[i] = last;
        }

        var target = targets[slot]!;
        // Drop the reference so a finished process can be collected while the slot is free.
        targets[slot] = null;
        payload = payloads[slot];
        freeSlots[freeCount++] = slot;
        return target;
    }

    private void Grow()
    {
        int old = nodes.Length;
        int capacity = old * 2;
        Array.Resize(ref nodes, capacity);
        Array.Resize(ref targets, capacity);
        Array.Resize(ref payloads, capacity);
        Array.Resize(ref freeSlots, capacity);
        for (int i = capacity - 1; i >= old; i--) freeSlots[freeCount++] = i;
    }

    private struct Node
    {
        public double Time;
        public long Sequence;
        public int Priority;
        public int Slot;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly bool Before(in Node other)
        {
            if (Time != other.Time) return Time < other.Time;
            if (Priority != other.Priority) return Priority < other.Priority;
            return Sequence < other.Sequence;
        }
    }
}
