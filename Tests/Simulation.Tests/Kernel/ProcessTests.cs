using NUnit.Framework;
using Planner.Simulation.Kernel;

namespace Planner.Simulation.Tests.Kernel;

[TestFixture]
public class ProcessTests
{
    private Scheduler scheduler = null!;
    private List<string> log = null!;

    [SetUp]
    public void SetUp()
    {
        scheduler = new Scheduler();
        log = [];
    }

    private void Log(string what) => log.Add(FormattableString.Invariant($"{scheduler.Now:0.##} {what}"));

    private IEnumerable<Event> Sleeper(string name, params double[] delays)
    {
        foreach (double delay in delays)
        {
            yield return scheduler.Timeout(delay);
            Log(name);
        }
    }

    [Test]
    public void TimeoutsResumeProcessesInTimeOrderAndSameTimeInTheOrderTheTimeoutsWereCreated()
    {
        scheduler.Process(Sleeper("a", 3, 1));
        scheduler.Process(Sleeper("b", 1, 3));
        scheduler.Process(Sleeper("c", 2, 2));

        scheduler.Run();

        // All three second timeouts fall due at 4; they were created at 1 (b), 2 (c) and 3 (a).
        Assert.That(log, Is.EqualTo(new[] { "1 b", "2 c", "3 a", "4 b", "4 c", "4 a" }));
    }

    [Test]
    public void AProcessStartsBeforeOtherEventsAtItsStartTime()
    {
        scheduler.Schedule(0, _ => Log("callback"));
        scheduler.Process(Sleeper("process", 0));
        scheduler.Process(Starter());

        scheduler.Run();

        Assert.That(log, Is.EqualTo(new[] { "0 started", "0 callback", "0 process" }));

        IEnumerable<Event> Starter()
        {
            Log("started");
            yield break;
        }
    }

    [Test]
    public void AProcessCanWaitForAnotherAndReceiveItsResult()
    {
        var child = scheduler.Process(Child());
        scheduler.Process(Parent());

        scheduler.Run();

        Assert.That(log, Is.EqualTo(new[] { "0 parent waits", "4 child done", "4 parent got 42" }));
        Assert.That(child.IsAlive, Is.False);
        Assert.That(child.IsProcessed, Is.True);

        IEnumerable<Event> Child()
        {
            yield return scheduler.Timeout(4);
            Log("child done");
            scheduler.ActiveProcess!.SetResult(42);
        }

        IEnumerable<Event> Parent()
        {
            Log("parent waits");
            yield return child;
            Log($"parent got {child.Value}");
        }
    }

    [Test]
    public void AnEventTriggeredByOneProcessResumesAllItsWaitersWithTheValue()
    {
        var signal = scheduler.Event();
        scheduler.Process(Waiter("w1"));
        scheduler.Process(Waiter("w2"));
        scheduler.Process(Signaller());

        scheduler.Run();

        Assert.That(log, Is.EqualTo(new[] { "2.5 w1 got go", "2.5 w2 got go", "3 late got go" }));

        IEnumerable<Event> Waiter(string name)
        {
            yield return signal;
            Log($"{name} got {signal.Value}");
        }

        IEnumerable<Event> Signaller()
        {
            yield return scheduler.Timeout(2.5);
            signal.Succeed("go");
            Assert.That(() => signal.Succeed("again"), Throws.InvalidOperationException);
            yield return scheduler.Timeout(0.5);
            // Waiting on an event already processed continues at once.
            yield return signal;
            Log($"late got {signal.Value}");
        }
    }

    [Test]
    public void AnyOfResumesAtTheFirstEventAndAllOfAtTheLast()
    {
        var slow = new TimeoutEvent(scheduler, 5, "slow");
        var fast = new TimeoutEvent(scheduler, 3, "fast");
        Condition? any = null;
        Condition? all = null;
        scheduler.Process(Body());

        scheduler.Run();

        Assert.That(log, Is.EqualTo(new[] { "3 any", "5 all", "5 empty" }));
        Assert.That(any!.Value, Is.SameAs(fast));
        Assert.That(all!.Value, Is.SameAs(slow));
        Assert.That(all.Events, Is.EqualTo(new Event[] { slow, fast }));

        IEnumerable<Event> Body()
        {
            any = scheduler.AnyOf(slow, fast);
            yield return any;
            Log("any");
            all = scheduler.AllOf(slow, fast);
            yield return all;
            Log("all");
            yield return scheduler.AllOf();
            Log("empty");
        }
    }

    [Test]
    public void AnInterruptEndsTheWaitAndIsSeenOnlyDuringTheNextStep()
    {
        Process? worker = null;
        worker = scheduler.Process(Worker());
        scheduler.Process(Boss());

        scheduler.Run();

        Assert.That(log, Is.EqualTo(new[]
        {
            "4 interrupted by phone call",
            "5 back at work, interrupted=False cause=",
            "6 finished",
        }));
        // The abandoned 10-day timeout still fires, but no longer resumes the worker.
        Assert.That(scheduler.Now, Is.EqualTo(10));
        Assert.That(() => worker.Interrupt(), Throws.InvalidOperationException);

        IEnumerable<Event> Worker()
        {
            var self = scheduler.ActiveProcess!;
            yield return scheduler.Timeout(10);
            if (self.Interrupted) Log($"interrupted by {self.InterruptCause}");
            else Log("woke normally");
            yield return scheduler.Timeout(1);
            Log($"back at work, interrupted={self.Interrupted} cause={self.InterruptCause}");
            yield return scheduler.Timeout(1);
            Log("finished");
        }

        IEnumerable<Event> Boss()
        {
            yield return scheduler.Timeout(4);
            worker!.Interrupt("phone call");
            Assert.That(log, Is.Empty, "an interrupt is delivered through the queue, not synchronously");
        }
    }

    [Test]
    public void AnInterruptQueuedForAProcessThatFinishesFirstIsIgnored()
    {
        // The start is queued before the interrupt, and the body ends without waiting.
        var quick = scheduler.Process(Quick());
        quick.Interrupt("too late");

        Assert.That(() => scheduler.Run(), Throws.Nothing);
        Assert.That(log, Is.EqualTo(new[] { "0 done" }));
        Assert.That(quick.IsAlive, Is.False);
        Assert.That(() => quick.Interrupt(), Throws.InvalidOperationException, "a finished process cannot be interrupted");

        IEnumerable<Event> Quick()
        {
            Log("done");
            yield break;
        }
    }

    [Test]
    public void APooledTimeoutIsReusedAfterTheStepItResumedButNotWhenShared()
    {
        TimeoutEvent? first = null;
        TimeoutEvent? shared = null;
        scheduler.Process(Body());

        scheduler.Run();

        Assert.That(first!.IsTriggered, Is.False, "recycled after the step it resumed");
        Assert.That(() => first.AddCallback(_ => { }), Throws.InvalidOperationException);
        Assert.That(shared!.IsProcessed, Is.True, "a timeout given to a condition is never reused");
        Assert.That(shared.Value, Is.EqualTo("kept"));

        IEnumerable<Event> Body()
        {
            first = scheduler.Timeout(1, "v");
            yield return first;
            Assert.That(first.Value, Is.EqualTo("v"), "valid during the step it resumed");
            shared = scheduler.Timeout(1, "kept");
            yield return scheduler.AnyOf(shared);
            yield return scheduler.Timeout(1);
        }
    }

    [Test]
    public void ManyProcessesWithPooledTimeoutsKeepTheirOwnSchedules()
    {
        var random = new StreamRandom(11);
        var expectedEnd = new double[500];
        var actualEnd = new double[500];
        for (int i = 0; i < expectedEnd.Length; i++)
        {
            var delays = Enumerable.Range(0, 20).Select(_ => random.Exponential(1)).ToArray();
            expectedEnd[i] = delays.Sum();
            scheduler.Process(Run(i, delays));
        }

        scheduler.Run();

        Assert.That(actualEnd, Is.EqualTo(expectedEnd).Within(1e-9));

        IEnumerable<Event> Run(int index, double[] delays)
        {
            foreach (double d in delays) yield return scheduler.Timeout(d);
            actualEnd[index] = scheduler.Now;
        }
    }
}
