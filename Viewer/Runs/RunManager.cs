using Planner.Scenarios.Experiments;
using Planner.Scenarios.Store;
using Planner.Simulation.Model;

namespace Planner.Viewer.Runs;

/// <summary>
/// Starts runs through the same experiment engine and store as the command line, one at a time on the machine
/// (runs from other browsers wait their turn: the engine already uses every core), each cancellable.
/// </summary>
public sealed class RunManager(ViewerOptions options, ILogger<RunManager> log)
{
    private readonly SemaphoreSlim turn = new(1, 1);

    /// <param name="ended">Called once the run has ended, however it ended.</param>
    public RunJob Start(ExperimentPlan plan, Action<RunJob> ended)
    {
        var job = new RunJob(plan);
        _ = Task.Run(async () =>
        {
            await Execute(job);
            ended(job);
        });
        return job;
    }

    private async Task Execute(RunJob job)
    {
        try
        {
            await turn.WaitAsync(job.Cancellation);
        }
        catch (OperationCanceledException)
        {
            job.End(RunState.Stopped);
            return;
        }
        try
        {
            job.MarkRunning();
            using var store = ResultStore.Open(options.StorePath);
            new ExperimentEngine(UnitModel.Run).Run(job.Plan, store, new EngineSettings(), job, job.Cancellation);
            job.End(RunState.Finished);
        }
        catch (OperationCanceledException)
        {
            // The replications in flight were saved; the same run resumes from them.
            job.End(RunState.Stopped);
        }
        catch (StoreException e)
        {
            job.End(RunState.Failed, e.Message);
        }
        catch (Exception e)
        {
            log.LogError(e, "Run {Name} failed", job.Plan.Name);
            job.End(RunState.Failed, $"the simulation failed ({e.GetType().Name}): {e.Message}");
        }
        finally
        {
            turn.Release();
        }
    }
}
