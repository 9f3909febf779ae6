using System.CommandLine;
using Planner.Scenarios.Experiments;

namespace Planner.Scenarios.Cli;

/// <summary>`planner experiment FILE`: runs an experiment file's design points under common random numbers into the store.</summary>
public static class ExperimentCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("experiment",
            "Run an experiment file: its scenarios at every point of its design (none, grid, latinHypercube, morris, sobol), "
            + "all with the same seed and replication numbers (common random numbers). Prints a table of the points; "
            + "every replication goes to the result store and the experiment is exported as CSV and JSON.");
        var file = FileArguments.One(command, "Experiment file (JSON); examples in Scenarios/library/experiments/, every field in docs/experiment-fields.md.");
        command.Arguments.Add(file);
        var options = RunOptions.AddTo(command, ExperimentTexts);
        command.SetAction((parse, cancellation) =>
        {
            var path = parse.GetValue(file)!;
            var load = ExperimentLoader.Load(path, options.Overrides(parse));
            return Task.Run(() => ExperimentRunner.Run(load, options, parse, context, cancellation,
                load.Sensitivity is null ? null : finished => SensitivityReport.Analyse(finished, context)), CancellationToken.None);
        });
        return command;
    }

    /// <summary>The wording of the shared options for commands that run experiment files.</summary>
    public static readonly RunOptionTexts ExperimentTexts = new("point", ExportFolder,
        "the 95 % CI half-width of each --precision-metric is at most FRACTION of its mean at every point");

    public const string ExportFolder =
        "Folder for the export (default: results); the experiment writes <output>/<experiment-name>/ with points, replications, monthly series and summaries.";
}
