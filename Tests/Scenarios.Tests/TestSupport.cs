using Planner.Scenarios.Cli;

namespace Planner.Scenarios.Tests;

/// <summary>A temporary folder per test, removed afterwards, and a way to call the command line in-process.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "planner-tests-" + Guid.NewGuid().ToString("N"));

    public string File(string name, string content)
    {
        var file = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllText(file, content);
        return file;
    }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        if (Directory.Exists(Path))
            Directory.Delete(Path, recursive: true);
    }
}

public sealed record CliOutput(int Exit, string Out, string Err)
{
    public IReadOnlyList<string> ErrLines => Lines(Err);
    public IReadOnlyList<string> OutLines => Lines(Out);

    private static string[] Lines(string text) =>
        text.Replace("\r", "", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

public static class Planner
{
    public static CliOutput Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = PlannerCli.Run(args, stdout, stderr);
        return new CliOutput(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>
    /// Runs a command on a worker thread and cancels it, as Ctrl+C would, once <paramref name="stopWhen"/> holds
    /// (checked every few milliseconds); returns what the command printed and whether the stop was sent.
    /// </summary>
    public static (CliOutput Output, bool Stopped) CliStoppedWhen(Func<bool> stopWhen, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        using var cancel = new CancellationTokenSource();
        var run = Task.Run(() => PlannerCli.Run(args, new CliContext(stdout, stderr, Interactive: false), cancel.Token));
        var stopped = false;
        while (!run.IsCompleted)
        {
            if (stopWhen())
            {
                cancel.Cancel();
                stopped = true;
                break;
            }
            Thread.Sleep(2);
        }
        var exit = run.GetAwaiter().GetResult();
        return (new CliOutput(exit, stdout.ToString(), stderr.ToString()), stopped);
    }

    /// <summary>The repository root, found from the test binaries by looking for Planner.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Planner.sln")))
                return folder.FullName;
        }
        throw new InvalidOperationException("Planner.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A unit small enough that a year of three replications runs in a moment.</summary>
    public const string SmallScenario = """
        {
          "name": "small",
          "run": { "years": 1, "replications": 3, "seed": 7 },
          "population": 5000,
          "initialHouseholds": 60,
          "staff": { "caseworkers": [ { "count": 2 } ] },
          "inflow": { "applicationsPerMonth": 6 }
        }
        """;
}
