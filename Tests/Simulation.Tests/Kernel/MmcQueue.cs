using Planner.Simulation.Kernel;

namespace Planner.Simulation.Tests.Kernel;

/// <summary>What one M/M/c run produced: the waits in queue counted after the warm-up, and the events run.</summary>
public readonly record struct MmcWaits(long Count, double Mean, long Events);

/// <summary>
/// M/M/c on the callback scheduler, written as the model writes its events: cached delegates and an
/// int payload, so a run allocates nothing per customer. Arrivals and services come from their own
/// named streams; a service time is drawn when the service starts. The same file is compiled into
/// the benchmark, so the queue that is timed is the queue that is checked against Erlang C.
/// </summary>
public sealed class MmcQueue
{
    private readonly Scheduler scheduler = new(64);
    private readonly int servers;
    private readonly StreamRandom arrivals;
    private readonly StreamRandom services;
    private readonly double meanInterarrival;
    private readonly double meanService;
    private readonly Queue<double> waitingSince = new();
    private readonly Action<int> arrive;
    private readonly Action<int> depart;
    private int busy;
    private int warmup;
    private int total;
    private long counted;
    private double waitSum;

    public MmcQueue(int servers, double arrivalRate, double serviceRate, RandomStreams streams)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(servers);
        this.servers = servers;
        arrivals = streams.Get("arrivals");
        services = streams.Get("services");
        meanInterarrival = 1 / arrivalRate;
        meanService = 1 / serviceRate;
        arrive = Arrive;
        depart = Depart;
    }

    /// <summary>Simulates <paramref name="warmup"/> + <paramref name="measured"/> arrivals to the end; the waits are those that began after the warm-up-th arrival.</summary>
    public MmcWaits Run(int warmup, int measured)
    {
        this.warmup = warmup;
        total = warmup + measured;
        scheduler.Schedule(arrivals.Exponential(meanInterarrival), arrive, 0);
        scheduler.Run();
        return new MmcWaits(counted, counted > 0 ? waitSum / counted : double.NaN, scheduler.Executed);
    }

    private void Arrive(int index)
    {
        if (index == warmup)
        {
            counted = 0;
            waitSum = 0;
        }
        if (index + 1 < total) scheduler.Schedule(arrivals.Exponential(meanInterarrival), arrive, index + 1);
        if (busy < servers)
        {
            busy++;
            StartService(scheduler.Now);
        }
        else
        {
            waitingSince.Enqueue(scheduler.Now);
        }
    }

    private void Depart(int _)
    {
        // The freed server takes the longest-waiting customer, or goes idle.
        if (waitingSince.TryDequeue(out double since)) StartService(since);
        else busy--;
    }

    private void StartService(double arrivedAt)
    {
        counted++;
        waitSum += scheduler.Now - arrivedAt;
        scheduler.Schedule(services.Exponential(meanService), depart);
    }
}
