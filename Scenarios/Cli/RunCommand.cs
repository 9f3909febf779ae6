using System.CommandLine;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;
using Planner.Scenarios.Store;

namespace Planner.Scenarios.Cli;

/// <summary>`planner run [FILE…]`: replications in parallel into the store, a table of headline metrics, result files.</summary>
public static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("run",
            "Run scenario files: replications in parallel, a table of the headline figures with 95 % confidence intervals, then the cost of each calendar year (total, per inhabitant, by component), "
            + "and per scenario summary.csv, summary.json, replications.csv, monthly.csv, yearly.csv and yearly.json in <output>/<scenario-name>/. "
            + "Every replication is kept in the result store, so a stopped run resumes.");
        var files = FileArguments.Create(command, "Scenario files (JSON). Without one, the shipped library/baseline.json runs.",
            ArgumentArity.ZeroOrMore);
        command.Arguments.Add(files);
        var options = RunOptions.AddTo(command, new RunOptionTexts("scenario",
            "Folder for the results (default: results); each scenario writes <output>/<scenario-name>/.",
            "the 95 % CI half-width of each --precision-metric is at most FRACTION of its mean"));
        command.SetAction((parse, cancellation) =>
        {
            var chosen = parse.GetValue(files) is { Length: > 0 } given ? given : [ScenarioLibrary.Baseline];
            // On a worker thread, so that on Ctrl+C the command line can wait for the replications in flight to be saved.
            return Task.Run(() => Execute(chosen, options, parse, context, cancellation), CancellationToken.None);
        });
        return command;
    }

    private static int Execute(IReadOnlyList<string> files, RunOptions options, ParseResult parse, CliContext context,
        CancellationToken cancellation)
    {
        var errors = new List<string>();
        var loads = ScenarioInputs.Load(files, options.Overrides(parse), errors, "to write their results side by side");
        var firstBatch = loads.Where(l => l.Ok).Select(l => l.Scenario!.Run.Replications).DefaultIfEmpty(2).Max();
        var settings = options.Settings(parse, firstBatch, null, errors);
        if (errors.Count > 0 || settings is null)
            return EngineSession.Refuse(context, errors);

        var console = ConsoleFactory.Create(context);
        var quiet = options.Quiet(parse);
        var jobs = loads.Select(load =>
        {
            var scenario = load.Scenario!;
            var plan = ExperimentPlan.ForScenarios(scenario.Name, ExperimentKind.Run, scenario.Run, [scenario]);
            return new EngineJob(plan, load.File, () => SummaryTable.WriteHeader(console, context, scenario),
                (store, outcome) => Finish(scenario, plan, store, outcome, settings, options.Output(parse), quiet, console, context));
        }).ToList();
        return EngineSession.Execute(context, console, settings, quiet, options.StorePath(parse), jobs, cancellation);
    }

    private static int Finish(Scenario scenario, ExperimentPlan plan, ResultStore store, EngineOutcome outcome, EngineSettings settings,
        string output, bool quiet, Spectre.Console.IAnsiConsole console, CliContext context)
    {
        var point = outcome.Points[0];
        var results = store.Load(outcome.ExperimentId, 0, point.Replications);
        var summary = Summaries.Summarise(results);
        if (!quiet)
        {
            // Said first, in a unit chief's words: a unit that is not in balance colours every figure below.
            foreach (var line in DriftCheck.Describe(scenario.Unit, results, scenario.Run.Years))
                context.Out.WriteLine(line);
            if (scenario.Unit.Inflow.Steady)
                context.Out.WriteLine(DriftCheck.SteadyArithmetic(scenario.Unit));
            SummaryTable.Write(console, summary);
            YearlyCostTable.Write(console, YearlySummaries.Summarise(results));
            if (EngineReport.Resumed(outcome) is { } resumed)
                context.Out.WriteLine(resumed);
            if (settings.Precision is { } target)
            {
                foreach (var line in EngineReport.Precision(point, target, ""))
                    context.Out.WriteLine(line);
            }
            context.Out.WriteLine(WarmupDiagnostic.Describe(WarmupDiagnostic.Compute(results)));
        }
        var folder = "";
        var asRun = scenario with { Run = scenario.Run with { Replications = point.Replications } };
        if (!EngineSession.TryWrite(context, $"the results of {scenario.Name}", () => folder = ResultFiles.WriteAll(output, asRun, results, summary)))
            return ExitCodes.RunFailed;
        context.Out.WriteLine($"Results written to {folder} and {store.Path} (experiment {plan.ShortHash})");
        return ExitCodes.Ok;
    }
}
