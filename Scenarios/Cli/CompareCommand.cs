using System.CommandLine;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;

namespace Planner.Scenarios.Cli;

/// <summary>
/// `planner compare A.json B.json …`: every scenario under common random numbers (the same horizon, seed
/// and replication numbers — the first file's, or the options'), run through the engine into the store as one
/// experiment; a table of each headline metric's mean per scenario and its paired difference from the first,
/// and the comparison written atomically under &lt;output&gt;/compare-a-vs-b…/.
/// </summary>
public static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("compare",
            "Compare scenarios (organisational designs) under common random numbers: the same households and the same luck "
            + "wherever a design does not change them. Prints each headline figure's mean with its 95 % CI per scenario and its "
            + "paired difference (Δ) from the first scenario with a 95 % CI, then the figures the designs act on, then year by year "
            + "each scenario's cost and households with the paired difference. Writes comparison.csv, comparison.json, replications.csv, "
            + "yearly.csv (every yearly figure per scenario with its paired difference) and monthly.csv (every scenario's monthly series); every replication is kept in the result store, so a stopped comparison resumes.");
        var files = FileArguments.Create(command,
            "Two or more scenario files (JSON); the first is the reference the others are compared with. Its run settings (years, "
            + "replications, seed) apply to all, unless the options set them.", new ArgumentArity(2, 100));
        command.Arguments.Add(files);
        var options = RunOptions.AddTo(command, new RunOptionTexts("scenario",
            "Folder for the results (default: results); the comparison writes <output>/compare-<first>-vs-<second>…/.",
            "every scenario's mean and every paired difference Δ of each --precision-metric has a 95 % CI half-width of at most "
            + "FRACTION of the mean (for Δ: of the first scenario's mean); all scenarios keep the same replications"));
        command.SetAction((parse, cancellation) =>
            // On a worker thread, so that on Ctrl+C the command line can wait for the replications in flight to be saved.
            Task.Run(() => Execute(parse.GetValue(files) ?? [], options, parse, context, cancellation), CancellationToken.None));
        return command;
    }

    private static int Execute(IReadOnlyList<string> files, RunOptions options, ParseResult parse, CliContext context,
        CancellationToken cancellation)
    {
        var errors = new List<string>();
        var loads = ScenarioInputs.Load(files, options.Overrides(parse), errors, "to compare them");
        var run = loads[0].Scenario?.Run;
        var settings = options.Settings(parse, run?.Replications ?? 2, null, errors);
        if (errors.Count > 0 || settings is null || run is null)
            return EngineSession.Refuse(context, errors);
        // Designs are compared by paired differences, so every scenario must run the same replications.
        settings = settings with { Precision = settings.Precision is { } target ? target with { PairedWithFirst = true } : null };

        var scenarios = loads.Select(l => (l.File, l.Scenario!)).ToList();
        var plan = ComparisonPlan.For(loads.Select(l => l.Scenario!).ToList(), run, files);
        var console = ConsoleFactory.Create(context);
        var quiet = options.Quiet(parse);
        var job = new EngineJob(plan, string.Join(", ", files), () => ComparisonTable.WriteHeader(console, context, scenarios, run),
            (store, outcome) =>
            {
                var result = ComparisonPlan.Load(store, plan, outcome);
                if (!quiet)
                    Report(result, outcome, settings, console, context);
                var folder = "";
                if (!EngineSession.TryWrite(context, "the comparison", () => folder = ComparisonFiles.WriteAll(options.Output(parse), result)))
                    return ExitCodes.RunFailed;
                context.Out.WriteLine($"Comparison written to {folder} and {store.Path} (experiment {plan.ShortHash})");
                return ExitCodes.Ok;
            });
        return EngineSession.Execute(context, console, settings, quiet, options.StorePath(parse), [job], cancellation);
    }

    private static void Report(ComparisonResult result, EngineOutcome outcome, EngineSettings settings,
        Spectre.Console.IAnsiConsole console, CliContext context)
    {
        ComparisonTable.Write(console, result);
        YearlyComparisonTable.Write(console, result);
        if (EngineReport.Resumed(outcome) is { } resumed)
            context.Out.WriteLine(resumed);
        var names = result.Scenarios.Select(s => s.Scenario.Name).ToList();
        if (settings.Precision is { } target)
        {
            foreach (var line in EngineReport.ComparisonPrecision(outcome, target, names))
                context.Out.WriteLine(line);
        }
        var warmup = result.Scenarios.Select(s => (s.Scenario.Name, WarmupDiagnostic.Compute(s.Results))).ToList();
        foreach (var line in WarmupDiagnostic.Describe(warmup))
            context.Out.WriteLine(line);
    }
}
