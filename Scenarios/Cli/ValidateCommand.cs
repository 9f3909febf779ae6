using System.CommandLine;
using Planner.Scenarios.Files;

namespace Planner.Scenarios.Cli;

/// <summary>`planner validate FILE…`: checks scenario files without running them.</summary>
public static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("validate", "Check scenario files without running them: prints \"OK: file\" or every error (exit code 2).");
        var files = FileArguments.Create(command, "Scenario files (JSON) to check.", ArgumentArity.OneOrMore);
        command.Arguments.Add(files);
        command.SetAction(parse => Execute(parse.GetValue(files) ?? [], context));
        return command;
    }

    private static int Execute(IReadOnlyList<string> files, CliContext context)
    {
        var exit = ExitCodes.Ok;
        foreach (var file in files)
        {
            var result = ScenarioLoader.Load(file);
            if (result.Ok)
            {
                context.Out.WriteLine($"OK: {file}");
                continue;
            }
            exit = ExitCodes.BadInput;
            foreach (var error in result.Errors)
                context.Error.WriteLine(error);
        }
        return exit;
    }
}
