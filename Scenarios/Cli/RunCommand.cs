using System.CommandLine;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;
using Planner.Scenarios.Store;
using Planner.Simulation.Model;

namespace Planner.Scenarios.Cli;

/// <summary>`planner run [FILE…]`: replications in parallel, a table of headline metrics, result files.</summary>
public static class RunCommand
{
    private sealed record Settings(
        IReadOnlyList<string> Files, IReadOnlyList<ScenarioOverride> Overrides, string Output, bool Quiet, int Threads);

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

        var command = new Command("run", "Run scenario files and write summary.csv, summary.json, replications.csv and monthly.csv per scenario.");
        var files = FileArguments.Create(command, "Scenario files (JSON). Without one, the shipped library/baseline.json runs.",
            ArgumentArity.ZeroOrMore);
        command.Arguments.Add(files);
        foreach (var option in new Option[] { replications, seed, years, output, quiet, threads })
            command.Options.Add(option);

        command.SetAction(parse =>
        {
            var overrides = new List<ScenarioOverride>();
            if (parse.GetValue(replications) is { } r)
                overrides.Add(ScenarioOverride.FromText("run.replications", r, "--replications"));
            if (parse.GetValue(seed) is { } s)
                overrides.Add(ScenarioOverride.FromText("run.seed", s, "--seed"));
            if (parse.GetValue(years) is { } y)
                overrides.Add(ScenarioOverride.FromText("run.years", y, "--years"));
            var chosen = parse.GetValue(files) is { Length: > 0 } given ? given : [ScenarioLibrary.Baseline];
            var settings = new Settings(chosen, overrides, parse.GetValue(output) ?? "results", parse.GetValue(quiet),
                parse.GetValue(threads) ?? 0);
            return Execute(settings, context);
        });
        return command;
    }

    private static int Execute(Settings settings, CliContext context)
    {
        if (settings.Threads < 0)
        {
            context.Error.WriteLine($"error: --threads {settings.Threads} is not allowed; expected 1 or more");
            return ExitCodes.BadInput;
        }
        // Every file is checked before anything runs, so a typo in the third file does not cost the first two runs.
        var loads = settings.Files.Select(f => ScenarioLoader.Load(f, settings.Overrides)).ToList();
        var errors = loads.SelectMany(l => l.Errors).Select(e => e.ToString()).Concat(FolderClashes(loads)).ToList();
        if (errors.Count > 0)
        {
            foreach (var error in errors)
                context.Error.WriteLine(error);
            return ExitCodes.BadInput;
        }

        var console = ConsoleFactory.Create(context);
        foreach (var load in loads)
        {
            var scenario = load.Scenario!;
            if (!settings.Quiet)
                SummaryTable.WriteHeader(console, context, scenario);
            IReadOnlyList<Simulation.Metrics.ReplicationResult> results;
            try
            {
                results = ProgressDisplay.Run(console, context, settings.Quiet, scenario,
                    done => ReplicationRunner.Run(scenario, UnitModel.Run, settings.Threads, done));
            }
            catch (Exception e)
            {
                context.Error.WriteLine($"error: {load.File}: the simulation failed ({e.GetType().Name}): {e.Message}");
                context.Error.WriteLine("Nothing was written for this scenario.");
                return ExitCodes.RunFailed;
            }
            var summary = Summaries.Summarise(results);
            if (!settings.Quiet)
                SummaryTable.Write(console, summary);
            string folder;
            try
            {
                folder = ResultFiles.WriteAll(settings.Output, scenario, results, summary);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                context.Error.WriteLine($"error: could not write the results of {load.File}: {e.Message}");
                return ExitCodes.RunFailed;
            }
            context.Out.WriteLine($"Results written to {folder}");
        }
        return ExitCodes.Ok;
    }

    /// <summary>Two files whose names map to one result folder would overwrite each other.</summary>
    private static IEnumerable<string> FolderClashes(IReadOnlyList<LoadResult> loads) =>
        loads.Where(l => l.Ok)
            .GroupBy(l => ResultFolderName.From(l.Scenario!.Name), StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"error: {string.Join(", ", g.Select(l => l.File))} all write to the result folder \"{g.Key}\"; give them different names");
}
