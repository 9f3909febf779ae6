using System.Diagnostics;
using Planner.Scenarios.Cli;

namespace Planner.Scenarios.Tests;

/// <summary>
/// A command started while another writer holds the store: it runs on a thread with its own stderr, and the start
/// returns once that stderr says the store is in use (or after a minute), so a test can check it is still waiting.
/// </summary>
internal sealed class SecondWriter
{
    private readonly StringWriter errors = new();
    private readonly TextWriter stderr;

    private SecondWriter(string[] args)
    {
        stderr = TextWriter.Synchronized(errors);
        Run = Task.Run(() => PlannerCli.Run(args, new CliContext(TextWriter.Synchronized(new StringWriter()), stderr, Interactive: false)));
        var waited = Stopwatch.StartNew();
        while (!Err.Contains("is in use by", StringComparison.Ordinal) && waited.Elapsed < TimeSpan.FromSeconds(60))
            Thread.Sleep(20);
    }

    public static SecondWriter Start(params string[] args) => new(args);

    /// <summary>The command's exit code, when it ends.</summary>
    public Task<int> Run { get; }

    /// <summary>What the command has written to stderr so far.</summary>
    public string Err
    {
        get
        {
            // The synchronized writer locks itself: reading under the same lock sees whole lines.
            lock (stderr)
                return errors.ToString();
        }
    }
}
