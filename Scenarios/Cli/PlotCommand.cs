using System.CommandLine;
using Planner.Scenarios.Charts;

namespace Planner.Scenarios.Cli;

/// <summary>`planner plot RESULTS`: the chart set of a run's or a comparison's results folder, as SVG or PNG files in RESULTS/charts/.</summary>
public static class PlotCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("plot",
            "Draw the charts of a results folder (written by run or compare): fan charts over months (median, middle 50 % and 90 % of "
            + "the replications) for households, cases per FTE, strain, sick leave, turnover, days to decision, households met, exits "
            + "and cost; cost per calendar year by component with its 95 % CI; for a comparison the paired differences from the "
            + "first scenario; strain across posts. Writes RESULTS/charts/ (replaced as a whole). Labels in Swedish unless --lang en.");
        var results = ResultsArgument.Create();
        var format = FormatOption();
        var language = LanguageOption();
        command.Arguments.Add(results);
        command.Options.Add(format);
        command.Options.Add(language);
        command.SetAction(parse => Execute(parse.GetValue(results)!, parse.GetValue(format)!, parse.GetValue(language)!, context));
        return command;
    }

    public static Option<string> LanguageOption()
    {
        var option = new Option<string>("--lang") { HelpName = "sv|en", Description = "Language of labels and numbers: sv (Swedish, 1 234,5; default) or en (English, 1,234.5).", DefaultValueFactory = _ => "sv" };
        option.AcceptOnlyFromAmong([.. Languages.Codes]);
        return option;
    }

    private static Option<string> FormatOption()
    {
        var option = new Option<string>("--format") { HelpName = "svg|png", Description = "svg (default; scales, small) or png (900×520 pixels).", DefaultValueFactory = _ => "svg" };
        option.AcceptOnlyFromAmong("svg", "png");
        return option;
    }

    private static int Execute(string folder, string formatCode, string languageCode, CliContext context)
    {
        Languages.TryParse(languageCode, out var language);
        var format = formatCode == "png" ? ChartFormat.Png : ChartFormat.Svg;
        if (ResultsArgument.Read(folder, context) is not { } data)
            return ExitCodes.BadInput;
        var charts = ChartSet.All(data, Texts.For(language));
        if (charts.Count == 0)
        {
            context.Error.WriteLine($"error: {folder}: the results hold nothing to draw (no monthly.csv and no differences).");
            return ExitCodes.BadInput;
        }
        try
        {
            var (written, files) = ChartFiles.Write(folder, charts, format);
            context.Out.WriteLine($"{files.Count} charts ({formatCode.ToUpperInvariant()}, {language.Code()}) written to {written}:");
            foreach (var file in files)
                context.Out.WriteLine("  " + file);
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"error: could not write the charts into {folder}: {e.Message}");
            return ExitCodes.RunFailed;
        }
    }
}
