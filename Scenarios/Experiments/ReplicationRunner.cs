using Planner.Scenarios.Files;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model;
using Planner.Simulation.Model.Parameters;

namespace Planner.Scenarios.Experiments;

/// <summary>One replication of a unit; the command line passes UnitModel.Run.</summary>
public delegate ReplicationResult ReplicationModel(UnitParameters unit, ModelRun run);

/// <summary>Runs a scenario's replications in parallel; results come back in replication order whatever the thread count.</summary>
public static class ReplicationRunner
{
    public static IReadOnlyList<ReplicationResult> Run(
        Scenario scenario, ReplicationModel model, int maxThreads, Action? replicationDone = null,
        CancellationToken cancellation = default)
    {
        var run = scenario.Run;
        var results = new ReplicationResult[run.Replications];
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = maxThreads > 0 ? maxThreads : Environment.ProcessorCount,
            CancellationToken = cancellation,
        };
        try
        {
            // Each replication has its own random streams keyed by (seed, replication), so the order in
            // which threads pick them up cannot change any number; writing by index keeps the order.
            Parallel.For(0, run.Replications, options, i =>
            {
                results[i] = model(scenario.Unit, new ModelRun(run.Years, run.Seed, i + 1));
                replicationDone?.Invoke();
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // Report the first real failure rather than the wrapper.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        return results;
    }
}
