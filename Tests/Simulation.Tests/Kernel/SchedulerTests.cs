using NUnit.Framework;
using Planner.Simulation.Kernel;

namespace Planner.Simulation.Tests.Kernel;

[TestFixture]
public class SchedulerTests
{
    [Test]
    public void SameTimeAndPriorityRunInInsertionOrderWithManyPending()
    {
        var scheduler = new Scheduler();
        var random = new StreamRandom(7);
        var executed = new List<(double Time, int Priority, int Index)>();
        var entries = new List<(double Time, int Priority)>();
        Action<int> record = index => executed.Add((scheduler.Now, entries[index].Priority, index));

        // 20,000 events at t = 5 (priority 0) interleaved with 20,000 others: random times, some also
        // at t = 5 with another priority, so the heap is deep and ties are everywhere.
        for (int i = 0; i < 20_000; i++)
        {
            Add(5.0, 0);
            double other = random.Bernoulli(0.25) ? 5.0 : random.NextDouble() * 10;
            Add(other, random.Next(-1, 2));
        }
        Assert.That(scheduler.Pending, Is.EqualTo(40_000));

        scheduler.Run();

        Assert.That(executed, Has.Count.EqualTo(40_000));
        for (int k = 1; k < executed.Count; k++)
        {
            var (t0, p0, i0) = executed[k - 1];
            var (t1, p1, i1) = executed[k];
            Assert.That(t1 > t0 || (t1 == t0 && (p1 > p0 || (p1 == p0 && i1 > i0))), Is.True,
                $"event {i1} (t={t1}, p={p1}) ran after {i0} (t={t0}, p={p0})");
        }

        void Add(double time, int priority)
        {
            entries.Add((time, priority));
            scheduler.ScheduleAt(time, record, entries.Count - 1, priority);
        }
    }

    [Test]
    public void ProcessesWaitingForTheSameTimeResumeInTheOrderTheyWaitedWithManyPending()
    {
        var scheduler = new Scheduler();
        var random = new StreamRandom(11);
        var resumed = new List<int>();
        const int Waiters = 15_000;

        // Each waiter first sleeps a random time, then waits until t = 10: the order in which they
        // resume at 10 must be the order in which their timeouts were created, not their start order.
        var waitOrder = new List<int>();
        for (int i = 0; i < Waiters; i++) scheduler.Process(Waiter(i, random.NextDouble() * 5));
        // Unrelated callbacks at random times, many at 10 too, so the heap is deep at the tie.
        Action<int> noise = _ => { };
        for (int i = 0; i < Waiters; i++) scheduler.ScheduleAt(random.Bernoulli(0.5) ? 10 : random.NextDouble() * 20, noise, 0);

        scheduler.Run(until: 6);
        Assert.That(scheduler.Pending, Is.GreaterThan(20_000), "the tie at t = 10 should be resolved in a large queue");
        scheduler.Run();

        Assert.That(resumed, Is.EqualTo(waitOrder));

        IEnumerable<Event> Waiter(int id, double first)
        {
            yield return scheduler.Timeout(first);
            waitOrder.Add(id);
            yield return scheduler.Timeout(10 - scheduler.Now);
            Assert.That(scheduler.Now, Is.EqualTo(10.0), "the waits must tie exactly");
            resumed.Add(id);
        }
    }

    [Test]
    public void LowerPriorityNumberRunsFirstAtTheSameTime()
    {
        var scheduler = new Scheduler();
        var order = new List<int>();
        Action<int> record = order.Add;
        scheduler.Schedule(1, record, 3, priority: 3);
        scheduler.Schedule(1, record, 1, priority: 1);
        scheduler.Schedule(0.5, record, 9, priority: 9);
        scheduler.Schedule(1, record, 2, priority: 2);
        scheduler.Schedule(1, record, -5, priority: -5);

        scheduler.Run();

        Assert.That(order, Is.EqualTo(new[] { 9, -5, 1, 2, 3 }));
    }

    [Test]
    public void EventsScheduledForNowDuringAnEventRunAfterThoseAlreadyQueued()
    {
        var scheduler = new Scheduler();
        var order = new List<int>();
        Action<int> record = order.Add;
        scheduler.Schedule(1, _ => { order.Add(0); scheduler.Schedule(0, record, 2); }, 0);
        scheduler.Schedule(1, record, 1);

        scheduler.Run();

        Assert.That(order, Is.EqualTo(new[] { 0, 1, 2 }));
    }

    [Test]
    public void SchedulingInThePastThrows()
    {
        var scheduler = new Scheduler();
        scheduler.Schedule(10, _ => { });
        scheduler.Run();
        Assert.That(scheduler.Now, Is.EqualTo(10));

        Assert.That(() => scheduler.ScheduleAt(9.999, _ => { }), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => scheduler.Schedule(-0.001, _ => { }), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => scheduler.Schedule(double.NaN, _ => { }), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(scheduler.Pending, Is.Zero);
    }

    [Test]
    public void RunUntilStopsBeforeLaterEventsAndAdvancesTheClock()
    {
        var scheduler = new Scheduler();
        var times = new List<double>();
        Action<int> record = _ => times.Add(scheduler.Now);
        scheduler.Schedule(1, record);
        scheduler.Schedule(2, record);
        scheduler.Schedule(3, record);

        scheduler.Run(until: 2.5);

        Assert.That(times, Is.EqualTo(new[] { 1.0, 2.0 }));
        Assert.That(scheduler.Now, Is.EqualTo(2.5));
        Assert.That(scheduler.Pending, Is.EqualTo(1));
        Assert.That(scheduler.Executed, Is.EqualTo(2));

        Assert.That(scheduler.Step(), Is.True);
        Assert.That(times, Is.EqualTo(new[] { 1.0, 2.0, 3.0 }));
        Assert.That(scheduler.Step(), Is.False);
    }
}
