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
            + "all with the same seed and replication numbers; results go to the store and an export folder.");
        var file = FileArguments.Create(command, "Experiment file (JSON); see Scenarios/library/experiments/.", ArgumentArity.OneOrMore);
        command.Arguments.Add(file);
        var run = RunOverrideOptions.AddTo(command);
        var engine = EngineOptions.AddTo(command, "results/planner.db");
        command.SetAction((parse, cancellation) =>
        {
            var given = parse.GetValue(file)!;
            if (given.Length > 1)
            {
                context.Error.WriteLine($"error: expected one experiment file, got {given.Length}: {string.Join(", ", given)}");
                return Task.FromResult(ExitCodes.BadInput);
            }
            var path = given[0];
            var load = ExperimentLoader.Load(path, run.Overrides(parse));
            var request = new ExperimentRunner.Request(load, engine, parse, run.Output(parse));
            return Task.Run(() => ExperimentRunner.Run(request, context, cancellation,
                load.Sensitivity is null ? null : finished => SensitivityReport.Analyse(finished, context)), CancellationToken.None);
        });
        return command;
    }
}
