using NUnit.Framework;
using Planner.Simulation.Kernel;

namespace Planner.Simulation.Tests.Kernel;

/// <summary>The scheduler's ordering guarantees (docs/kernel.md), which the model's same-day order rests on.</summary>
[TestFixture]
public class SchedulerTests
{
    [Test]
    public void EventsRunInTimeOrderAndTiesInTheOrderScheduledWithManyPending()
    {
        var scheduler = new Scheduler();
        var random = new StreamRandom(7);
        var times = new List<double>();
        var executed = new List<int>();
        Action<int> record = index =>
        {
            Assert.That(scheduler.Now, Is.EqualTo(times[index]), "the clock stands at the event's time");
            executed.Add(index);
        };

        // 20,000 events at t = 5 interleaved with 20,000 others: a quarter also at 5, the rest at random
        // times, so the heap is deep and ties are everywhere.
        for (int i = 0; i < 20_000; i++)
        {
            Add(5.0);
            Add(random.NextDouble() < 0.25 ? 5.0 : random.NextDouble() * 10);
        }
        Assert.That(scheduler.Pending, Is.EqualTo(40_000));

        scheduler.Run();

        Assert.That(executed, Has.Count.EqualTo(40_000));
        Assert.That(scheduler.Executed, Is.EqualTo(40_000));
        Assert.That(scheduler.Pending, Is.Zero);
        for (int k = 1; k < executed.Count; k++)
        {
            int i0 = executed[k - 1], i1 = executed[k];
            Assert.That(times[i1] > times[i0] || (times[i1] == times[i0] && i1 > i0), Is.True,
                $"event {i1} (t={times[i1]}) ran after {i0} (t={times[i0]})");
        }

        void Add(double time)
        {
            times.Add(time);
            scheduler.ScheduleAt(time, record, times.Count - 1);
        }
    }

    [Test]
    public void TheModelsFractionsOfADayOrderItsEventsWhateverTheOrderTheyWereScheduledIn()
    {
        // The daily event of day d runs at d + 1; a leaver's at leave day + 0.25, a new holder's at
        // start day + 0.5. Scheduled in the opposite order, they still run day event, leave, start,
        // next day event.
        var scheduler = new Scheduler();
        var order = new List<string>();
        scheduler.ScheduleAt(11, _ => order.Add("day 10"));
        scheduler.ScheduleAt(10.5, _ => order.Add("start 10"));
        scheduler.ScheduleAt(10.25, _ => order.Add("leave 10"));
        scheduler.ScheduleAt(10, _ => order.Add("day 9"));

        scheduler.Run();

        Assert.That(order, Is.EqualTo(new[] { "day 9", "leave 10", "start 10", "day 10" }));
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
    public void ScheduleCountsItsDelayFromNow()
    {
        var scheduler = new Scheduler();
        var times = new List<double>();
        Action<int> record = _ => times.Add(scheduler.Now);
        scheduler.ScheduleAt(2, _ => scheduler.Schedule(1.5, record));
        scheduler.Schedule(0, record);

        scheduler.Run();

        Assert.That(times, Is.EqualTo(new[] { 0.0, 3.5 }));
    }

    [Test]
    public void SchedulingInThePastOrWithoutACallbackThrows()
    {
        var scheduler = new Scheduler();
        scheduler.Schedule(10, _ => { });
        scheduler.Run();
        Assert.That(scheduler.Now, Is.EqualTo(10));

        Assert.That(() => scheduler.ScheduleAt(9.999, _ => { }), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => scheduler.ScheduleAt(double.NaN, _ => { }), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => scheduler.Schedule(-0.001, _ => { }), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => scheduler.Schedule(double.NaN, _ => { }), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => scheduler.ScheduleAt(11, null!), Throws.TypeOf<ArgumentNullException>());
        Assert.That(scheduler.Pending, Is.Zero);
    }

    [Test]
    public void RunUntilRunsEventsAtThatTimeStopsBeforeLaterOnesAndAdvancesTheClock()
    {
        var scheduler = new Scheduler(initialCapacity: 1);
        var times = new List<double>();
        Action<int> record = _ => times.Add(scheduler.Now);
        scheduler.Schedule(1, record);
        scheduler.Schedule(2, record);
        scheduler.Schedule(2.5, record);
        scheduler.Schedule(3, record);

        scheduler.Run(until: 2.5);

        Assert.That(times, Is.EqualTo(new[] { 1.0, 2.0, 2.5 }));
        Assert.That(scheduler.Now, Is.EqualTo(2.5));
        Assert.That(scheduler.Pending, Is.EqualTo(1));
        Assert.That(scheduler.Executed, Is.EqualTo(3));

        scheduler.Run(until: 2.75);
        Assert.That(scheduler.Now, Is.EqualTo(2.75), "the clock moves to the horizon even with no event before it");
        Assert.That(() => scheduler.ScheduleAt(2.7, record), Throws.TypeOf<ArgumentOutOfRangeException>());

        scheduler.Run();
        Assert.That(times, Is.EqualTo(new[] { 1.0, 2.0, 2.5, 3.0 }));
        Assert.That(scheduler.Now, Is.EqualTo(3.0), "without a horizon the clock stays at the last event");
    }

    [Test]
    public void EventsScheduledAfterRunStoppedShortOfTheNextDayRunInTimeOrder()
    {
        // Run(until: 3) looks at the next event (day 10) and stops; events then scheduled for days 3 to
        // 10 still run before it, and one for the same moment runs after it.
        var scheduler = new Scheduler();
        var order = new List<int>();
        Action<int> record = order.Add;
        scheduler.ScheduleAt(10.5, record, 0);
        scheduler.ScheduleAt(4000, record, 1);
        scheduler.Run(until: 3);
        Assert.That(order, Is.Empty);

        scheduler.ScheduleAt(10.5, record, 2);
        scheduler.ScheduleAt(10.25, record, 3);
        scheduler.ScheduleAt(3, record, 4);
        scheduler.ScheduleAt(3000, record, 5);
        scheduler.Run();

        Assert.That(order, Is.EqualTo(new[] { 4, 3, 0, 2, 5, 1 }));
    }

    [Test]
    public void PayloadsReachTheirCallbacks()
    {
        var scheduler = new Scheduler();
        var seen = new List<int>();
        Action<int> record = seen.Add;
        scheduler.ScheduleAt(1, record, 42);
        scheduler.ScheduleAt(1, record);
        scheduler.ScheduleAt(0.5, record, -7);

        scheduler.Run();

        Assert.That(seen, Is.EqualTo(new[] { -7, 42, 0 }));
    }
}
