using System.Runtime.CompilerServices;

namespace Planner.Simulation.Model;

/// <summary>
/// A post's waiting applications (household slots), first in, first out: the operations of a
/// <see cref="Queue{T}"/> the model uses, and its contents as two plain spans (oldest first), so the deadline
/// backlog — asked for every post on every working day — is counted over an array rather than through an
/// enumerator.
/// </summary>
internal sealed class IntakeQueue
{
    private int[] items;
    private int head, count;

    public IntakeQueue(int capacity) => items = new int[Math.Max(4, capacity)];

    public int Count => count;

    public void Enqueue(int slot)
    {
        if (count == items.Length) Grow();
        int tail = head + count;
        if (tail >= items.Length) tail -= items.Length;
        items[tail] = slot;
        count++;
    }

    /// <summary>Removes and returns the oldest waiting application.</summary>
    public int Dequeue()
    {
        if (count == 0) throw new InvalidOperationException("No application is waiting.");
        int slot = items[head];
        head = head + 1 == items.Length ? 0 : head + 1;
        count--;
        return slot;
    }

    /// <summary>The oldest waiting application.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Peek()
    {
        if (count == 0) throw new InvalidOperationException("No application is waiting.");
        return items[head];
    }

    /// <summary>The waiting applications from the oldest up to the end of the ring; <see cref="Rest"/> holds those after them.</summary>
    public ReadOnlySpan<int> Oldest
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => items.AsSpan(head, Math.Min(count, items.Length - head));
    }

    /// <summary>The waiting applications that wrapped round to the ring's start (empty when none did).</summary>
    public ReadOnlySpan<int> Rest
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => items.AsSpan(0, Math.Max(0, head + count - items.Length));
    }

    public Enumerator GetEnumerator() => new(this);

    private void Grow()
    {
        var grown = new int[items.Length * 2];
        Oldest.CopyTo(grown);
        Rest.CopyTo(grown.AsSpan(items.Length - head));
        items = grown;
        head = 0;
    }

    /// <summary>Oldest first.</summary>
    public struct Enumerator
    {
        private readonly IntakeQueue queue;
        private int index;

        internal Enumerator(IntakeQueue queue)
        {
            this.queue = queue;
            index = -1;
        }

        public readonly int Current
        {
            get
            {
                int i = queue.head + index;
                return queue.items[i >= queue.items.Length ? i - queue.items.Length : i];
            }
        }

        public bool MoveNext() => ++index < queue.count;
    }
}
