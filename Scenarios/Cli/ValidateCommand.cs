using System.CommandLine;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;

namespace Planner.Scenarios.Cli;

/// <summary>`planner validate FILE…`: checks scenario and experiment files without running them.</summary>
public static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("validate", "Check scenario or experiment files without running them: prints \"OK: file\" or every error (exit code 2). "
            + "An experiment file (one with \"scenarios\") is checked with every scenario it names and every design point.");
        var files = FileArguments.Create(command, "Scenario or experiment files (JSON) to check.", ArgumentArity.OneOrMore);
        command.Arguments.Add(files);
        command.SetAction(parse => Execute(parse.GetValue(files) ?? [], context));
        return command;
    }

    private static int Execute(IReadOnlyList<string> files, CliContext context)
    {
        var exit = ExitCodes.Ok;
        foreach (var file in files)
        {
            var (ok, errors, what) = Check(file);
            if (ok)
            {
                context.Out.WriteLine($"OK: {InputFile.Shown(file)}{what}");
                continue;
            }
            exit = ExitCodes.BadInput;
            foreach (var error in errors)
                context.Error.WriteLine(error);
        }
        return exit;
    }

    private static (bool Ok, IReadOnlyList<ScenarioError> Errors, string What) Check(string file)
    {
        if (ExperimentLoader.LooksLikeExperiment(file))
        {
            var experiment = ExperimentLoader.Load(file);
            return (experiment.Ok, experiment.Errors,
                experiment.Ok ? $" (experiment: {experiment.Plan!.Scenarios.Count} scenario(s), {experiment.Plan.Points.Count} design point(s))" : "");
        }
        var scenario = ScenarioLoader.Load(file);
        return (scenario.Ok, scenario.Errors, "");
    }
}
