using System.CommandLine;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;

namespace Planner.Scenarios.Cli;

/// <summary>
/// `planner compare A.json B.json …`: every scenario under common random numbers (the same horizon, seed
/// and replication numbers — the first file's, or the options'), a table of each headline metric's mean
/// per scenario and its paired difference from the first, and the comparison written atomically under
/// &lt;output&gt;/compare-a-vs-b…/.
/// </summary>
public static class CompareCommand
{
    private sealed record Settings(IReadOnlyList<string> Files, IReadOnlyList<ScenarioOverride> Overrides, string Output, bool Quiet, int Threads);

    public static Command Create(CliContext context)
    {
        var options = new RunOptions("Folder for results; the comparison writes <output>/compare-<first>-vs-<second>…/.");
        var command = new Command("compare",
            "Compare scenarios (organisational designs) under common random numbers: each headline metric's mean with its 95 % CI per "
            + "scenario, and its paired difference from the first scenario with a 95 % CI. Writes comparison.csv, comparison.json and replications.csv.");
        var files = FileArguments.Create(command,
            "Two or more scenario files (JSON); the first is the reference the others are compared with. Its run settings (years, "
            + "replications, seed) apply to all, unless the options set them.", new ArgumentArity(2, 100));
        command.Arguments.Add(files);
        options.AddTo(command);
        command.SetAction(parse => Execute(
            new Settings(parse.GetValue(files) ?? [], options.Overrides(parse), options.Output(parse), options.Quiet(parse), options.Threads(parse)),
            context));
        return command;
    }

    private static int Execute(Settings settings, CliContext context)
    {
        if (RunOptions.ThreadsError(settings.Threads) is { } threadsError)
        {
            context.Error.WriteLine(threadsError);
            return ExitCodes.BadInput;
        }
        // Every file is checked before anything runs; nothing is written unless all are good.
        var loads = settings.Files.Select(f => ScenarioLoader.Load(f, settings.Overrides)).ToList();
        var errors = loads.SelectMany(l => l.Errors).Select(e => e.ToString()).Concat(NameClashes(loads)).ToList();
        if (errors.Count > 0)
        {
            foreach (var error in errors)
                context.Error.WriteLine(error);
            return ExitCodes.BadInput;
        }

        var scenarios = loads.Select(l => (l.File, l.Scenario!)).ToList();
        var run = scenarios[0].Item2.Run;
        var console = ConsoleFactory.Create(context);
        if (!settings.Quiet)
            ComparisonTable.WriteHeader(console, context, scenarios, run);
        ComparisonResult result;
        try
        {
            result = CompareProgress.Run(console, context, settings.Quiet, scenarios, run,
                done => ComparisonRunner.Run(scenarios, run, settings.Threads, done));
        }
        catch (Exception e)
        {
            context.Error.WriteLine($"error: the simulation failed ({e.GetType().Name}): {e.Message}");
            context.Error.WriteLine("Nothing was written.");
            return ExitCodes.RunFailed;
        }
        if (!settings.Quiet)
            ComparisonTable.Write(console, result);
        string folder;
        try
        {
            folder = ComparisonFiles.WriteAll(settings.Output, result);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"error: could not write the comparison: {e.Message}");
            return ExitCodes.RunFailed;
        }
        context.Out.WriteLine($"Comparison written to {folder}");
        return ExitCodes.Ok;
    }

    /// <summary>Scenarios are told apart by name in the table and the files.</summary>
    private static IEnumerable<string> NameClashes(IReadOnlyList<LoadResult> loads) =>
        loads.Where(l => l.Ok)
            .GroupBy(l => ResultFolderName.From(l.Scenario!.Name), StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"error: {string.Join(", ", g.Select(l => l.File))} are all named \"{g.Key}\"; give the scenarios different names to compare them");
}
