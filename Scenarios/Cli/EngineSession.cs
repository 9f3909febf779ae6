using Planner.Scenarios.Experiments;
using Planner.Scenarios.Store;
using Planner.Simulation.Model;
using Spectre.Console;

namespace Planner.Scenarios.Cli;

/// <summary>
/// One experiment a command runs: its plan, the file it came from (for messages), what to print before it
/// runs (skipped with --quiet), and what to do with the outcome (tables, files); the last returns an exit code.
/// </summary>
public sealed record EngineJob(ExperimentPlan Plan, string File, Action? Before, Func<ResultStore, EngineOutcome, int> After);

/// <summary>
/// The steps every command that runs replications shares, in one place: refuse bad input with exit code 2
/// before anything is written, open the store, run each experiment under the progress bar, say what a shard
/// or an interruption left in the store, and write result files without half-written folders.
/// </summary>
public static class EngineSession
{
    /// <summary>Prints every error and returns exit code 2.</summary>
    public static int Refuse(CliContext context, IEnumerable<string> errors)
    {
        foreach (var error in errors)
            context.Error.WriteLine(error);
        return ExitCodes.BadInput;
    }

    public static int Execute(CliContext context, IAnsiConsole console, EngineSettings settings, bool quiet, string storePath,
        IReadOnlyList<EngineJob> jobs, CancellationToken cancellation)
    {
        ResultStore store;
        try
        {
            store = ResultStore.Open(storePath);
        }
        catch (StoreException e)
        {
            return Refuse(context, ["error: " + e.Message]);
        }
        using (store)
        {
            foreach (var job in jobs)
            {
                if (!quiet)
                    job.Before?.Invoke();
                if (RunEngine(job, store, settings, console, context, quiet, cancellation, out var failure) is not { } outcome)
                    return failure;
                if (!settings.Part.IsWhole)
                {
                    context.Out.WriteLine(EngineReport.Shard(settings.Part, outcome.Ran, outcome.Skipped, store.Path));
                    continue;
                }
                var exit = job.After(store, outcome);
                if (exit != ExitCodes.Ok)
                    return exit;
            }
        }
        return ExitCodes.Ok;
    }

    /// <summary>Writes result files; on failure says so (the store keeps the replications) and returns false.</summary>
    public static bool TryWrite(CliContext context, string what, Action write)
    {
        try
        {
            write();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            context.Error.WriteLine($"error: could not write {what}: {e.Message}");
            context.Error.WriteLine("The replications are saved in the store; run the same command again to write the files.");
            return false;
        }
    }

    /// <summary>
    /// Runs the engine under a progress bar; on interruption or failure says what is saved and returns null with
    /// the exit code: <see cref="ExitCodes.Interrupted"/> when stopped (the command line turns it into 143 for SIGTERM).
    /// </summary>
    private static EngineOutcome? RunEngine(EngineJob job, ResultStore store, EngineSettings settings, IAnsiConsole console,
        CliContext context, bool quiet, CancellationToken cancellation, out int failure)
    {
        try
        {
            failure = ExitCodes.Ok;
            return EngineProgressDisplay.Run(console, context, quiet, job.Plan.Name,
                progress => new ExperimentEngine(UnitModel.Run).Run(job.Plan, store, settings, progress, cancellation));
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine(EngineReport.Interrupted(store.Path));
            failure = ExitCodes.Interrupted;
        }
        catch (Exception e) when (e is not StoreException)
        {
            context.Error.WriteLine($"error: {job.File}: the simulation failed ({e.GetType().Name}): {e.Message}");
            context.Error.WriteLine("Replications saved before the failure stay in the store and the same command resumes; no result files were written.");
            failure = ExitCodes.RunFailed;
        }
        return null;
    }
}
