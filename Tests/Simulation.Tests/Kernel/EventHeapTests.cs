using NUnit.Framework;
using Planner.Simulation.Kernel;

namespace Planner.Simulation.Tests.Kernel;

/// <summary>
/// The scheduler's event list on its own: it returns what was pushed in (time, sequence) order across its
/// current-day heap, its ring of day buckets and the heap beyond the ring, and grows without losing entries.
/// </summary>
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

    [Test]
    public void InterleavedPushesAndPopsComeOutAsAReferenceSortedByTimeThenSequence()
    {
        // Times relative to the last popped one: "now" itself, later today, whole and quarter days just
        // ahead, either side of the ring's end (2,048 days on), months to years ahead, and far beyond
        // the ring (a million days, beyond an int's days, 1e300, infinity), so every entry moves between
        // the structure's parts and ties fall on every boundary.
        for (ulong seed = 1; seed <= 20; seed++)
        {
            var heap = new EventHeap(initialCapacity: 4);
            var random = new StreamRandom(seed);
            var reference = new SortedSet<(double Time, long Sequence)>();
            long sequence = 0;
            double now = 0;
            for (int step = 0; step < 4_000; step++)
            {
                if (reference.Count == 0 || random.NextDouble() < 0.55)
                {
                    double time = Later(now, random);
                    heap.Push(time, sequence, Noop, payload: (int)sequence);
                    reference.Add((time, sequence++));
                }
                else
                {
                    now = PopAndCheck(heap, reference, seed);
                }
            }
            while (reference.Count > 0) now = PopAndCheck(heap, reference, seed);
            Assert.That(heap.Count, Is.Zero);
        }

        static double Later(double now, StreamRandom random)
        {
            double day = Math.Floor(now);
            return random.Next(12) switch
            {
                0 => now,
                1 => now + random.NextDouble() * (day + 1 - now),
                2 => day + 1 + random.Next(4) + random.Next(3) * 0.25,
                3 => day + 2_047 + random.Next(3),
                4 => day + 2_047 + random.Next(3) + 0.5,
                5 or 6 => now + random.NextDouble() * 4_000,
                7 => now + random.NextDouble() * 100,
                8 => random.NextDouble() < 0.3 ? Math.Max(now, 1e6 + random.Next(3)) : now + 30 * random.Next(5),
                9 => random.NextDouble() < 0.05 ? Math.Max(now, 3e9 + random.Next(2)) : now + 0.25,
                10 => random.NextDouble() < 0.01 ? Math.Max(now, 1e300) : day + 1,
                _ => random.NextDouble() < 0.01 ? double.PositiveInfinity : now + random.Exponential(10),
            };
        }
    }

    [Test]
    public void EntriesOnDayBoundariesAndTheRingsEndKeepTheirOrder()
    {
        // The current day is 0 and the ring covers days 1 to 2,047: push a day's first moment, the
        // last day of the ring, the first day after it and the days around 2 x 2,048 (the same bucket
        // once the ring has moved on), each twice, latest first.
        var heap = new EventHeap(initialCapacity: 16);
        double[] times = [4_097, 4_096, 4_095, 2_049, 2_048, 2_047.75, 2_047, 1, 0.999, 0];
        long sequence = 0;
        foreach (double time in times) heap.Push(time, sequence++, Noop, payload: 0);
        foreach (double time in times) heap.Push(time, sequence++, Noop, payload: 1);

        var popped = new List<(double, int)>();
        while (heap.Count > 0)
        {
            heap.Pop(out double time, out int payload);
            popped.Add((time, payload));
        }

        var expected = times.Order().SelectMany(t => new[] { (t, 0), (t, 1) });
        Assert.That(popped, Is.EqualTo(expected));
    }

    [Test]
    public void AnEntryForTheCurrentTimeOrBeforeTheDueDayKeepsItsPlace()
    {
        // Asking for the top makes day 5 due (its entries move into the current-day heap). The scheduler
        // may then still accept an earlier time (Run(until: 3) stopped the clock at 3, before day 5):
        // it comes first. An entry pushed for the time just popped goes after the other entries at that
        // time and before the rest of the day.
        var heap = new EventHeap(initialCapacity: 8);
        heap.Push(5.5, 0, Noop, payload: 0);
        heap.Push(5.25, 1, Noop, payload: 1);
        heap.Push(5.25, 2, Noop, payload: 2);
        heap.Push(9, 3, Noop, payload: 3);
        Assert.That(heap.TopTime, Is.EqualTo(5.25));

        heap.Push(3, 4, Noop, payload: 4);
        Assert.That(heap.TopTime, Is.EqualTo(3));
        var order = new List<int>();
        heap.Pop(out _, out int payload);
        order.Add(payload);
        heap.Pop(out double time, out payload);
        order.Add(payload);
        heap.Push(time, 5, Noop, payload: 5);
        while (heap.Count > 0)
        {
            heap.Pop(out _, out payload);
            order.Add(payload);
        }

        Assert.That(order, Is.EqualTo(new[] { 4, 1, 2, 5, 0, 3 }));
    }

    private static readonly Action<int> Noop = _ => { };

    private static double PopAndCheck(EventHeap heap, SortedSet<(double Time, long Sequence)> reference, ulong seed)
    {
        var first = reference.Min;
        reference.Remove(first);
        Assert.That(heap.TopTime, Is.EqualTo(first.Time), $"seed {seed}");
        heap.Pop(out double time, out int payload);
        Assert.That((time, (long)payload), Is.EqualTo((first.Time, first.Sequence)), $"seed {seed}");
        Assert.That(heap.Count, Is.EqualTo(reference.Count));
        return time;
    }
}
