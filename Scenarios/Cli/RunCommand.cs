using System.CommandLine;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;
using Planner.Scenarios.Store;

namespace Planner.Scenarios.Cli;

/// <summary>`planner run [FILE…]`: replications in parallel, a table of headline metrics, result files.</summary>
public static class RunCommand
{
    private sealed record Settings(
        IReadOnlyList<string> Files, IReadOnlyList<ScenarioOverride> Overrides, string Output, bool Quiet, int Threads,
        string Store, ParseResult Parse, EngineOptions Engine);

    public static Command Create(CliContext context)
    {
        // Taken as text and checked by the scenario validator, so an option gets the same range and message as the file field.
        var replications = new Option<string>("--replications", "-r") { Description = "Replications per scenario (overrides run.replications; at least 2).", HelpName = "N" };
        var seed = new Option<string>("--seed") { Description = "Base random seed (overrides run.seed); the same seed gives byte-identical files.", HelpName = "SEED" };
        var years = new Option<string>("--years") { Description = "Simulated years (overrides run.years).", HelpName = "YEARS" };
        var output = new Option<string>("--output", "-o")
        {
            HelpName = "FOLDER",
            Description = "Folder for results; each scenario writes <output>/<scenario-name>/.",
            DefaultValueFactory = _ => "results",
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar and no table; only where the results went." };
        var threads = new Option<int?>("--threads")
        {
            HelpName = "N",
            Description = "Most replications run at once (default: one per processor). Results do not depend on it.",
        };

        var command = new Command("run",
            "Run scenario files, record every replication in the result store and write summary.csv, summary.json, replications.csv and monthly.csv per scenario.");
        var files = FileArguments.Create(command, "Scenario files (JSON). Without one, the shipped library/baseline.json runs.",
            ArgumentArity.ZeroOrMore);
        command.Arguments.Add(files);
        foreach (var option in new Option[] { replications, seed, years, output, quiet, threads })
            command.Options.Add(option);
        var engine = EngineOptions.AddTo(command, "<output>/planner.db", withThreadsAndQuiet: false);

        command.SetAction((parse, cancellation) =>
        {
            var overrides = new List<ScenarioOverride>();
            if (parse.GetValue(replications) is { } r)
                overrides.Add(ScenarioOverride.FromText("run.replications", r, "--replications"));
            if (parse.GetValue(seed) is { } s)
                overrides.Add(ScenarioOverride.FromText("run.seed", s, "--seed"));
            if (parse.GetValue(years) is { } y)
                overrides.Add(ScenarioOverride.FromText("run.years", y, "--years"));
            var chosen = parse.GetValue(files) is { Length: > 0 } given ? given : [ScenarioLibrary.Baseline];
            var folder = parse.GetValue(output) ?? "results";
            var settings = new Settings(chosen, overrides, folder, parse.GetValue(quiet),
                parse.GetValue(threads) ?? 0, engine.StorePath(parse, Path.Combine(folder, "planner.db")), parse, engine);
            // On a worker thread, so that on Ctrl+C the command line can wait for the replications in flight to be saved.
            return Task.Run(() => Execute(settings, context, cancellation), CancellationToken.None);
        });
        return command;
    }

    private static int Execute(Settings settings, CliContext context, CancellationToken cancellation)
    {
        // Every file and option is checked before anything runs, so a typo in the third file does not cost the first two runs.
        var loads = settings.Files.Select(f => ScenarioLoader.Load(f, settings.Overrides)).ToList();
        var errors = loads.SelectMany(l => l.Errors).Select(e => e.ToString()).Concat(FolderClashes(loads)).ToList();
        var firstBatch = loads.Where(l => l.Ok).Select(l => l.Scenario!.Run.Replications).DefaultIfEmpty(2).Max();
        var engineSettings = settings.Engine.Settings(settings.Parse, settings.Threads, firstBatch, null, errors);
        if (errors.Count > 0 || engineSettings is null)
        {
            foreach (var error in errors)
                context.Error.WriteLine(error);
            return ExitCodes.BadInput;
        }

        var console = ConsoleFactory.Create(context);
        ResultStore store;
        try
        {
            store = ResultStore.Open(settings.Store);
        }
        catch (StoreException e)
        {
            context.Error.WriteLine("error: " + e.Message);
            return ExitCodes.BadInput;
        }
        using (store)
        {
            foreach (var load in loads)
            {
                var exit = RunScenario(load, settings, engineSettings, store, console, context, cancellation);
                if (exit != ExitCodes.Ok)
                    return exit;
            }
        }
        return ExitCodes.Ok;
    }

    private static int RunScenario(LoadResult load, Settings settings, EngineSettings engineSettings, ResultStore store,
        Spectre.Console.IAnsiConsole console, CliContext context, CancellationToken cancellation)
    {
        var scenario = load.Scenario!;
        var plan = ExperimentPlan.ForScenarios(scenario.Name, ExperimentKind.Run, scenario.Run, [scenario]);
        if (!settings.Quiet)
            SummaryTable.WriteHeader(console, context, scenario);
        if (ExperimentRunner.RunEngine(plan, store, engineSettings, console, context, settings.Quiet, load.File, cancellation) is not { } outcome)
            return ExitCodes.RunFailed;
        if (!engineSettings.Part.IsWhole)
        {
            context.Out.WriteLine(EngineReport.Shard(engineSettings.Part, outcome.Ran, outcome.Skipped, store.Path));
            return ExitCodes.Ok;
        }
        var point = outcome.Points[0];
        var results = store.Load(outcome.ExperimentId, 0, point.Replications);
        var summary = Summaries.Summarise(results);
        if (!settings.Quiet)
        {
            SummaryTable.Write(console, summary);
            if (EngineReport.Resumed(outcome) is { } resumed)
                context.Out.WriteLine(resumed);
            if (engineSettings.Precision is { } target)
            {
                foreach (var line in EngineReport.Precision(point, target, ""))
                    context.Out.WriteLine(line);
            }
            context.Out.WriteLine(WarmupDiagnostic.Describe(WarmupDiagnostic.Compute(results)));
        }
        string folder;
        try
        {
            folder = ResultFiles.WriteAll(settings.Output, scenario with { Run = scenario.Run with { Replications = point.Replications } }, results, summary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            context.Error.WriteLine($"error: could not write the results of {load.File}: {e.Message}");
            return ExitCodes.RunFailed;
        }
        context.Out.WriteLine($"Results written to {folder} and {store.Path} (experiment {plan.ShortHash})");
        return ExitCodes.Ok;
    }

    /// <summary>Two files whose names map to one result folder would overwrite each other.</summary>
    private static IEnumerable<string> FolderClashes(IReadOnlyList<LoadResult> loads) =>
        loads.Where(l => l.Ok)
            .GroupBy(l => ResultFolderName.From(l.Scenario!.Name), StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"error: {string.Join(", ", g.Select(l => l.File))} all write to the result folder \"{g.Key}\"; give them different names");
}
