using System.CommandLine;
using Planner.Scenarios.Charts;
using Planner.Scenarios.Report;

namespace Planner.Scenarios.Cli;

/// <summary>`planner report RESULTS -o report.html`: one self-contained, printable HTML file of a run's or a comparison's results.</summary>
public static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("report",
            "Write one self-contained HTML report of a results folder (written by run or compare): the headline table with 95 % CIs "
            + "and units, the comparison coloured better/worse where the paired difference's CI excludes 0, the year-by-year table, "
            + "every chart, the scenario files with seed and version (to reproduce it), and how to read it. No network, no scripts; "
            + "prints on A4. Swedish unless --lang en.");
        var results = ResultsArgument.Create();
        var output = new Option<string>("--output", "-o") { HelpName = "FILE", Description = "The HTML file to write (default: RESULTS/report.html); replaced atomically." };
        var language = PlotCommand.LanguageOption();
        command.Arguments.Add(results);
        command.Options.Add(output);
        command.Options.Add(language);
        command.SetAction(parse => Execute(parse.GetValue(results)!, parse.GetValue(output), parse.GetValue(language)!, context));
        return command;
    }

    private static int Execute(string folder, string? output, string languageCode, CliContext context)
    {
        Languages.TryParse(languageCode, out var language);
        if (ResultsArgument.Read(folder, context) is not { } data)
            return ExitCodes.BadInput;
        var path = output ?? Path.Combine(folder, "report.html");
        if (Directory.Exists(path))
        {
            context.Error.WriteLine($"error: --output {path}: is a folder; give the report's file name, e.g. {Path.Combine(path, "report.html")}.");
            return ExitCodes.BadInput;
        }
        try
        {
            var html = ReportBuilder.Html(data, Texts.For(language));
            ReportFile.Write(path, html);
            context.Out.WriteLine($"Report ({language.Code()}) written to {path}");
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"error: could not write the report {path}: {e.Message}");
            return ExitCodes.RunFailed;
        }
    }
}
