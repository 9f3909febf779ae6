namespace Planner.Scenarios.Cli;

/// <summary>Where the command line writes, and whether a person is watching (progress bars, colours).</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, bool Interactive);

/// <summary>Exit codes: 0 success, 1 the run failed, 2 bad input (arguments or scenario files); nothing is written on 2.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int RunFailed = 1;
    public const int BadInput = 2;
}
