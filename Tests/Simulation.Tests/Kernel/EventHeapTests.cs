using NUnit.Framework;
using Planner.Simulation.Kernel;

namespace Planner.Simulation.Tests.Kernel;

/// <summary>The scheduler's heap on its own: it returns what was pushed, sorted, and grows without losing entries.</summary>
[TestFixture]
public class EventHeapTests
{
    [Test]
    public void PopReturnsEntriesByTimeThenSequenceAcrossGrowth()
    {
        // Initial capacity 4 and 10,000 entries: the slot table doubles many times while full.
        var heap = new EventHeap(initialCapacity: 4);
        var random = new StreamRandom(3);
        Action<int> a = _ => { }, b = _ => { };
        var pushed = new List<(double Time, long Sequence, Action<int> Callback, int Payload)>();
        for (int i = 0; i < 10_000; i++)
        {
            // Whole and quarter days, so ties are frequent.
            double time = Math.Floor(random.NextDouble() * 400) / 4;
            var callback = i % 3 == 0 ? a : b;
            heap.Push(time, i, callback, payload: i * 7);
            pushed.Add((time, i, callback, i * 7));
        }
        Assert.That(heap.Count, Is.EqualTo(10_000));

        var expected = pushed.OrderBy(e => e.Time).ThenBy(e => e.Sequence).ToList();
        foreach (var entry in expected)
        {
            Assert.That(heap.TopTime, Is.EqualTo(entry.Time));
            var callback = heap.Pop(out double time, out int payload);
            Assert.That((time, payload), Is.EqualTo((entry.Time, entry.Payload)));
            Assert.That(callback, Is.SameAs(entry.Callback));
        }
        Assert.That(heap.Count, Is.Zero);
    }

    [Test]
    public void FreedSlotsAreReusedWithoutMixingUpEntries()
    {
        // Push and pop in waves, so slots are freed and handed out again while others are pending.
        var heap = new EventHeap(initialCapacity: 8);
        long sequence = 0;
        var pending = new SortedSet<(double Time, long Sequence, int Payload)>();
        for (int wave = 0; wave < 50; wave++)
        {
            for (int i = 0; i < 6; i++)
            {
                double time = wave + (i % 3) * 0.25;
                int payload = (int)sequence;
                heap.Push(time, sequence, _ => { }, payload);
                pending.Add((time, sequence++, payload));
            }
            for (int i = 0; i < 4; i++)
            {
                var first = pending.Min;
                pending.Remove(first);
                heap.Pop(out double time, out int payload);
                Assert.That((time, payload), Is.EqualTo((first.Time, first.Payload)));
            }
        }
        Assert.That(heap.Count, Is.EqualTo(pending.Count));
    }
}
