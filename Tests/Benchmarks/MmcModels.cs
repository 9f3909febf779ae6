using Planner.Simulation.Kernel;

namespace Planner.Benchmarks;

/// <summary>An M/M/c queue: Poisson arrivals at rate λ, c servers with exponential service at rate μ (per day).</summary>
public readonly record struct MmcParameters(int Servers, double ArrivalRate, double ServiceRate)
{
    /// <summary>The kernel's reference load: c = 10, λ = 9, μ = 1 (utilisation 0.9).</summary>
    public static MmcParameters Reference => new(10, 9.0, 1.0);
}

/// <summary>What one run produced: customers served, their mean wait in queue, and events executed.</summary>
public readonly record struct MmcResult(long Served, double MeanWait, long Events);

/// <summary>
/// M/M/c in the callback style: cached delegates and int payloads, so a run allocates nothing per
/// customer. Service times are drawn when service starts, from their own stream.
/// </summary>
public sealed class MmcCallbackModel
{
    private readonly Scheduler scheduler = new(64);
    private readonly Resource servers;
    private readonly StreamRandom arrivals;
    private readonly StreamRandom services;
    private readonly double meanInterarrival;
    private readonly double meanService;
    private readonly Action<int> arrive;
    private readonly Action<int> startService;
    private readonly Action<int> depart;
    private int toArrive;

    public MmcCallbackModel(MmcParameters parameters, RandomStreams streams)
    {
        servers = new Resource(scheduler, parameters.Servers) { WaitMonitor = new SampleStatistic() };
        arrivals = streams.Get("arrivals");
        services = streams.Get("services");
        meanInterarrival = 1.0 / parameters.ArrivalRate;
        meanService = 1.0 / parameters.ServiceRate;
        arrive = Arrive;
        startService = StartService;
        depart = Depart;
    }

    public MmcResult Run(int customers)
    {
        toArrive = customers;
        scheduler.Schedule(arrivals.Exponential(meanInterarrival), arrive);
        scheduler.Run();
        var waits = servers.WaitMonitor!;
        return new MmcResult(waits.Count, waits.Mean, scheduler.Executed);
    }

    private void Arrive(int _)
    {
        if (--toArrive > 0) scheduler.Schedule(arrivals.Exponential(meanInterarrival), arrive);
        servers.Request(startService);
    }

    private void StartService(int _) => scheduler.Schedule(services.Exponential(meanService), depart);

    private void Depart(int _) => servers.Release();
}

/// <summary>
/// The same M/M/c written as processes: a source process and one process per customer, as a
/// modeller would write it. Its garbage per customer is the measure of the process path.
/// </summary>
public sealed class MmcProcessModel
{
    private readonly Scheduler scheduler = new(64);
    private readonly Resource servers;
    private readonly StreamRandom arrivals;
    private readonly StreamRandom services;
    private readonly double meanInterarrival;
    private readonly double meanService;

    public MmcProcessModel(MmcParameters parameters, RandomStreams streams)
    {
        servers = new Resource(scheduler, parameters.Servers) { WaitMonitor = new SampleStatistic() };
        arrivals = streams.Get("arrivals");
        services = streams.Get("services");
        meanInterarrival = 1.0 / parameters.ArrivalRate;
        meanService = 1.0 / parameters.ServiceRate;
    }

    public MmcResult Run(int customers)
    {
        scheduler.Process(Source(customers));
        scheduler.Run();
        var waits = servers.WaitMonitor!;
        return new MmcResult(waits.Count, waits.Mean, scheduler.Executed);
    }

    private IEnumerable<Event> Source(int customers)
    {
        for (int i = 0; i < customers; i++)
        {
            yield return scheduler.Timeout(arrivals.Exponential(meanInterarrival));
            scheduler.Process(Customer());
        }
    }

    private IEnumerable<Event> Customer()
    {
        var request = servers.Request();
        yield return request;
        yield return scheduler.Timeout(services.Exponential(meanService));
        servers.Release(request);
    }
}
