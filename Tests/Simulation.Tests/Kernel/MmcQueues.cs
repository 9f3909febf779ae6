using Planner.Simulation.Kernel;

namespace Planner.Simulation.Tests.Kernel;

/// <summary>
/// M/M/c written twice, once per kernel style, drawing arrivals and services from the same named
/// streams in the same order, so both must produce the very same waits. Waits are those granted
/// after the warm-up-th arrival.
/// </summary>
internal abstract class MmcQueue
{
    protected MmcQueue(int servers, double arrivalRate, double serviceRate, RandomStreams streams)
    {
        Servers = new Resource(Scheduler, servers) { WaitMonitor = new SampleStatistic() };
        Arrivals = streams.Get("arrivals");
        Services = streams.Get("services");
        MeanInterarrival = 1 / arrivalRate;
        MeanService = 1 / serviceRate;
    }

    protected Scheduler Scheduler { get; } = new();
    protected Resource Servers { get; }
    protected StreamRandom Arrivals { get; }
    protected StreamRandom Services { get; }
    protected double MeanInterarrival { get; }
    protected double MeanService { get; }

    /// <summary>Simulates warm-up + measured arrivals to the end; returns the waits after the warm-up.</summary>
    public SampleStatistic Run(int warmup, int measured)
    {
        Start(warmup, warmup + measured);
        Scheduler.Run();
        return Servers.WaitMonitor!;
    }

    protected abstract void Start(int warmup, int total);
}

internal sealed class CallbackMmcQueue : MmcQueue
{
    private readonly Action<int> arrive;
    private readonly Action<int> startService;
    private readonly Action<int> depart;
    private int warmup;
    private int total;

    public CallbackMmcQueue(int servers, double arrivalRate, double serviceRate, RandomStreams streams)
        : base(servers, arrivalRate, serviceRate, streams)
    {
        arrive = Arrive;
        depart = _ => Servers.Release();
        startService = _ => Scheduler.Schedule(Services.Exponential(MeanService), depart);
    }

    protected override void Start(int warmup, int total)
    {
        this.warmup = warmup;
        this.total = total;
        Scheduler.Schedule(Arrivals.Exponential(MeanInterarrival), arrive, 0);
    }

    private void Arrive(int index)
    {
        if (index == warmup) Servers.WaitMonitor!.Reset();
        if (index + 1 < total) Scheduler.Schedule(Arrivals.Exponential(MeanInterarrival), arrive, index + 1);
        Servers.Request(startService);
    }
}

internal sealed class ProcessMmcQueue(int servers, double arrivalRate, double serviceRate, RandomStreams streams)
    : MmcQueue(servers, arrivalRate, serviceRate, streams)
{
    protected override void Start(int warmup, int total) => Scheduler.Process(Source(warmup, total));

    private IEnumerable<Event> Source(int warmup, int total)
    {
        for (int index = 0; index < total; index++)
        {
            yield return Scheduler.Timeout(Arrivals.Exponential(MeanInterarrival));
            if (index == warmup) Servers.WaitMonitor!.Reset();
            Scheduler.Process(Customer());
        }
    }

    private IEnumerable<Event> Customer()
    {
        var request = Servers.Request();
        yield return request;
        yield return Scheduler.Timeout(Services.Exponential(MeanService));
        Servers.Release(request);
    }
}
