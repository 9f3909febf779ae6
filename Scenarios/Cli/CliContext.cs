namespace Planner.Scenarios.Cli;

/// <summary>Where the command line writes, and whether a person is watching (progress bars, colours).</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, bool Interactive);

/// <summary>
/// Exit codes: 0 success; 1 the run failed (the model or writing the results); 2 bad input (arguments,
/// scenario or experiment files, a store that is not one), nothing written; 130 interrupted by Ctrl+C
/// (SIGINT) and 143 by SIGTERM, as shells report a process a signal ended (128 + the signal's number) —
/// the replications in flight were saved first, and the same command resumes.
/// </summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int RunFailed = 1;
    public const int BadInput = 2;
    public const int Interrupted = 130;
    public const int Terminated = 143;

    /// <summary>The text `planner --help` ends with.</summary>
    public const string Help =
        "Exit codes: 0 done; 1 the run failed; 2 bad input (nothing written); 130 interrupted by Ctrl+C, 143 by SIGTERM "
        + "(replications finished so far are saved; the same command resumes).";
}
