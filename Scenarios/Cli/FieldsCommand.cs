using System.CommandLine;
using Planner.Scenarios.Files;

namespace Planner.Scenarios.Cli;

/// <summary>`planner fields`: the Markdown reference of every scenario field (docs/scenario-fields.md).</summary>
public static class FieldsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("fields",
            "Print a Markdown table of every scenario field: path, type, unit, default, allowed values, source, description.");
        var experiment = new Option<bool>("--experiment") { Description = "The fields of experiment files instead (docs/experiment-fields.md)." };
        command.Options.Add(experiment);
        command.SetAction(parse =>
        {
            context.Out.Write(parse.GetValue(experiment) ? Experiments.ExperimentFieldReference.Markdown() : FieldReference.Markdown());
            return ExitCodes.Ok;
        });
        return command;
    }
}
