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
    public static int Refuse(CliContext context, IEnumerable<string> errors, int exit = ExitCodes.BadInput)
    {
        foreach (var error in errors)
            context.Error.WriteLine(error);
        return exit;
    }

    /// <summary>
    /// Opens (and checks) the result store, or prints why it cannot be used and gives the exit code in
    /// <paramref name="exit"/> (<see cref="Failures"/>: a damaged file or one that is no store is bad input, 2).
    /// </summary>
    public static ResultStore? OpenStore(CliContext context, string path, out int exit)
    {
        exit = ExitCodes.Ok;
        try
        {
            return ResultStore.Open(path);
        }
        catch (Exception e) when (Failures.Describe(e, path) is { } failure)
        {
            exit = Refuse(context, [failure.Message], failure.Exit);
            return null;
        }
    }

    /// <summary>
    /// Opens the result store for a command that writes replications to it (<see cref="OpenStore"/>), then takes the
    /// store's writer lock: one writer per store, so a second command on the same store waits, says for whom, and then
    /// skips what the first saved. Null with the exit code in <paramref name="exit"/> when either cannot be had.
    /// </summary>
    public static ResultStore? OpenForWriting(CliContext context, string path, CancellationToken cancellation, out StoreLock? writer, out int exit)
    {
        writer = null;
        // The store is opened (and checked) first, so a file that is not a store is refused with nothing written beside it.
        if (OpenStore(context, path, out exit) is not { } store)
            return null;
        try
        {
            writer = StoreLock.Acquire(path, message => context.Error.WriteLine(message), cancellation);
            return store;
        }
        catch (OperationCanceledException)
        {
            store.Dispose();
            context.Error.WriteLine($"Interrupted while waiting for {path}; nothing was run.");
            exit = ExitCodes.Interrupted;
        }
        catch (Exception e) when (Failures.Describe(e, path) is { } failure)
        {
            store.Dispose();
            exit = Refuse(context, [failure.Message], failure.Exit);
        }
        return null;
    }

    public static int Execute(CliContext context, IAnsiConsole console, EngineSettings settings, bool quiet, string storePath,
        IReadOnlyList<EngineJob> jobs, CancellationToken cancellation)
    {
        if (OpenForWriting(context, storePath, cancellation, out var writer, out int refused) is not { } store)
            return refused;
        using var held = writer;
        using (store)
        {
            foreach (var job in jobs)
            {
                if (!quiet)
                    job.Before?.Invoke();
                if (RunEngine(job, store, settings, console, context, quiet, cancellation, out var failure) is not { } outcome)
                    return failure;
                if (outcome.Rerun is { Count: > 0 } rerun)
                    context.Error.WriteLine($"warning: {store.Path}: {rerun.Count} stored replication(s) were damaged and were run again, not averaged in: "
                        + string.Join("; ", rerun.Take(5)) + (rerun.Count > 5 ? "; …" : ""));
                if (!settings.Part.IsWhole)
                {
                    context.Out.WriteLine(EngineReport.Shard(settings.Part, outcome.Ran, outcome.Skipped, store.Path));
                    continue;
                }
                int exit;
                try
                {
                    exit = job.After(store, outcome);
                }
                catch (Exception e) when (Failures.Describe(e, store.Path) is { } afterFailure)
                {
                    return Refuse(context, [afterFailure.Message], afterFailure.Exit);
                }
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
        catch (Exception e) when (Failures.IsDiskFull(e))
        {
            context.Error.WriteLine($"error: could not write {what}: {Failures.DiskFull}.");
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            context.Error.WriteLine($"error: could not write {what}: {e.Message} (a failure of the disk or its permissions, not of the simulation)");
            context.Error.WriteLine("The replications are saved in the store; when the cause is fixed, run the same command again to write the files.");
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
        catch (Exception e) when (Failures.Describe(e, store.Path) is { } machine)
        {
            context.Error.WriteLine(machine.Message);
            if (e is not StoreException)
                context.Error.WriteLine("Replications saved before the failure stay in the store and the same command resumes; no result files were written.");
            failure = machine.Exit;
        }
        catch (Exception e)
        {
            context.Error.WriteLine($"error: {job.File}: the simulation failed ({e.GetType().Name}): {e.Message}");
            context.Error.WriteLine("Replications saved before the failure stay in the store and the same command resumes; no result files were written.");
            failure = ExitCodes.RunFailed;
        }
        return null;
    }
}
