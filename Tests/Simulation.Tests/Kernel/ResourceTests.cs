using NUnit.Framework;
using Planner.Simulation.Kernel;

namespace Planner.Simulation.Tests.Kernel;

[TestFixture]
public class ResourceTests
{
    // Arrivals while the single unit is busy: (name, priority). Expected service: by priority, then FIFO.
    private static readonly (string Name, int Priority)[] Arrivals =
        [("a", 2), ("b", 1), ("c", 2), ("d", 0), ("e", 1), ("f", 0), ("g", 2)];

    private static readonly string[] ExpectedOrder = ["holder", "d", "f", "b", "e", "a", "c", "g"];

    [Test]
    public void ProcessStyleServesByPriorityThenFirstComeFirstServed()
    {
        var scheduler = new Scheduler();
        var resource = new Resource(scheduler, 1);
        var served = new List<string>();
        scheduler.Process(Client("holder", 0, 0));
        for (int i = 0; i < Arrivals.Length; i++) scheduler.Process(Client(Arrivals[i].Name, Arrivals[i].Priority, 1 + i * 0.1));

        scheduler.Run();

        Assert.That(served, Is.EqualTo(ExpectedOrder));
        Assert.That(resource.InUse, Is.Zero);
        Assert.That(resource.QueueLength, Is.Zero);

        IEnumerable<Event> Client(string name, int priority, double arriveAt)
        {
            yield return scheduler.Timeout(arriveAt);
            var request = resource.Request(priority);
            yield return request;
            served.Add(name);
            yield return scheduler.Timeout(10);
            resource.Release(request);
        }
    }

    [Test]
    public void CallbackStyleServesByPriorityThenFirstComeFirstServed()
    {
        var scheduler = new Scheduler();
        var resource = new Resource(scheduler, 1);
        var served = new List<string>();
        var names = new[] { "holder" }.Concat(Arrivals.Select(a => a.Name)).ToArray();
        Action<int> release = _ => resource.Release();
        Action<int> granted = index =>
        {
            served.Add(names[index]);
            scheduler.Schedule(10, release);
        };
        resource.Request(granted, 0, 0);
        for (int i = 0; i < Arrivals.Length; i++)
        {
            int index = i + 1;
            int priority = Arrivals[i].Priority;
            scheduler.Schedule(1 + i * 0.1, _ => resource.Request(granted, index, priority));
        }

        scheduler.Run();

        Assert.That(served, Is.EqualTo(ExpectedOrder));
        Assert.That(scheduler.Now, Is.EqualTo(80));
    }

    [Test]
    public void BothStylesShareOneQueueAndCapacity()
    {
        var scheduler = new Scheduler();
        var resource = new Resource(scheduler, 2);
        var served = new List<string>();
        Action<int> release = _ => resource.Release();
        Action<int> granted = p =>
        {
            served.Add($"cb{p}@{scheduler.Now}");
            scheduler.Schedule(3, release);
        };
        resource.Request(granted, 1);
        scheduler.Process(Client());
        scheduler.Schedule(1, _ => resource.Request(granted, 2, priority: 0));

        scheduler.Run();

        Assert.That(served, Is.EqualTo(new[] { "cb1@0", "proc@0", "cb2@3" }));

        IEnumerable<Event> Client()
        {
            var request = resource.Request();
            yield return request;
            served.Add($"proc@{scheduler.Now}");
            yield return scheduler.Timeout(5);
            resource.Release(request);
        }
    }

    [Test]
    public void ReleasingAQueuedRequestWithdrawsIt()
    {
        var scheduler = new Scheduler();
        var resource = new Resource(scheduler, 1);
        var held = resource.Request();
        var withdrawn = resource.Request();
        var next = resource.Request();
        Assert.That(resource.QueueLength, Is.EqualTo(2));

        resource.Release(withdrawn);
        Assert.That(resource.QueueLength, Is.EqualTo(1));
        resource.Release(held);
        scheduler.Run();

        Assert.That(withdrawn.IsGranted, Is.False);
        Assert.That(next.IsGranted, Is.True);
        Assert.That(resource.InUse, Is.EqualTo(1));
        Assert.That(() => resource.Release(held), Throws.InvalidOperationException);
        Assert.That(() => new Resource(scheduler, 1).Release(next), Throws.InvalidOperationException);
    }

    [Test]
    public void MonitorsRecordUseQueueAndWaits()
    {
        var scheduler = new Scheduler();
        var resource = new Resource(scheduler, 1)
        {
            InUseMonitor = new TimeWeightedStatistic(),
            QueueMonitor = new TimeWeightedStatistic(),
            WaitMonitor = new SampleStatistic(),
        };
        // Three jobs of 2 days arriving at 0, 0 and 1: busy [0, 6), queue 1 on [0, 1), 2 on [1, 2), 1 on [2, 4).
        Action<int> release = _ => resource.Release();
        Action<int> granted = _ => scheduler.Schedule(2, release);
        resource.Request(granted);
        resource.Request(granted);
        scheduler.Schedule(1, _ => resource.Request(granted));

        scheduler.Run();

        Assert.That(resource.InUseMonitor.MeanAt(6), Is.EqualTo(1.0).Within(1e-12));
        Assert.That(resource.QueueMonitor.IntegralAt(6), Is.EqualTo(1 + 2 + 2).Within(1e-12));
        Assert.That(resource.QueueMonitor.Max, Is.EqualTo(2));
        Assert.That(resource.WaitMonitor.Count, Is.EqualTo(3));
        Assert.That(resource.WaitMonitor.Mean, Is.EqualTo((0 + 2 + 3) / 3.0).Within(1e-12));
    }
}
