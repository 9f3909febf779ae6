using System.CommandLine;
using System.Globalization;
using Planner.Scenarios.Calibration;
using Planner.Scenarios.Files;
using Planner.Scenarios.Import;

namespace Planner.Scenarios.Cli;

/// <summary>
/// `planner import kolada|socialstyrelsen FILE… --output TARGETS.csv`: published statistics saved from Kolada or
/// Socialstyrelsen's statistics database, turned into a targets file for `planner calibrate`. Reads files only (no
/// network); any error and no targets file is written.
/// </summary>
public static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("import", "Turn published statistics (Kolada API responses, Socialstyrelsen statistics-database exports) into a targets file for calibrate.");
        command.Subcommands.Add(Kolada(context));
        command.Subcommands.Add(Socialstyrelsen(context));
        return command;
    }

    private static Command Kolada(CliContext context)
    {
        var command = new Command("kolada",
            "Read saved Kolada API responses (api.kolada.se/v2 or v3 data/kpi/{kpi}/municipality/{id}, every page) and write a targets file. "
            + "Each KPI code must be in the mapping file; values that are missing or flagged are listed and left out.");
        var files = FileArguments.Create(command, "Kolada responses (JSON), every page of each.", ArgumentArity.OneOrMore);
        command.Arguments.Add(files);
        var mapping = new Option<string>("--mapping") { HelpName = "FILE", Description = "KPI codes → model metrics, with titles and units (default: data/kolada-mapping.csv, shipped beside the program)." };
        var municipality = new Option<string>("--municipality") { HelpName = "ID", Description = "The municipality's code, e.g. 1442; every value must be of it (default: the first value's)." };
        var output = Output();
        command.Options.Add(mapping);
        command.Options.Add(municipality);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var mappingPath = parse.GetValue(mapping) ?? Path.Combine(AppContext.BaseDirectory, "kolada-mapping.csv");
            var (kpis, mappingErrors) = KoladaMapping.Load(mappingPath);
            if (mappingErrors.Count > 0)
                return EngineSession.Refuse(context, mappingErrors.Select(e => "error: " + e));
            return Finish(context, KoladaImport.Read(parse.GetValue(files)!, kpis, parse.GetValue(municipality)), parse.GetValue(output)!);
        });
        return command;
    }

    private static Command Socialstyrelsen(CliContext context)
    {
        var command = new Command("socialstyrelsen",
            "Read exports of Socialstyrelsen's statistics database for ekonomiskt bistånd (CSV with semicolons and decimal commas: Region;Mått;År;Värde) "
            + "and write a targets file: households, months, months per household and the long-term share per year. Suppressed cells are listed and left out.");
        var files = FileArguments.Create(command, "Exports (CSV) of one region.", ArgumentArity.OneOrMore);
        command.Arguments.Add(files);
        var region = new Option<string>("--municipality") { HelpName = "CODE", Description = "The region code, e.g. 1442; every row must be of it (default: the first row's)." };
        var se = new Option<string>("--relative-se") { HelpName = "F", Description = "SE of each imported figure as a share of it (default: 0.05; register totals have no sampling error, the SE stands for year-to-year movement)." };
        var output = Output();
        command.Options.Add(region);
        command.Options.Add(se);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var relative = 0.05;
            if (parse.GetValue(se) is { } text && !(double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out relative) && relative > 0 && relative < 10))
                return EngineSession.Refuse(context, [$"error: --relative-se {text} is not allowed; expected a share above 0, e.g. 0.05"]);
            return Finish(context, SocialstyrelsenImport.Read(parse.GetValue(files)!, parse.GetValue(region), relative), parse.GetValue(output)!);
        });
        return command;
    }

    private static Option<string> Output() =>
        new("--output", "-o") { HelpName = "FILE", Description = "The targets file to write (CSV, see data/README.md); replaced atomically.", Required = true };

    private static int Finish(CliContext context, ImportResult result, string output)
    {
        if (!result.Ok)
        {
            foreach (var error in result.Errors)
                context.Error.WriteLine("error: " + error);
            context.Error.WriteLine("Nothing imported: no targets file was written.");
            return ExitCodes.BadInput;
        }
        if (Directory.Exists(output))
            return EngineSession.Refuse(context, [$"error: --output {output}: is a folder; expected a file name, e.g. targets.csv"]);
        foreach (var line in result.Skipped)
            context.Out.WriteLine("left out: " + line);
        foreach (var t in result.Targets)
            context.Out.WriteLine($"{t.Key}: {Invariant.Number(Math.Round(t.Value, 6))} ± {Invariant.Number(Math.Round(t.StandardError, 6))} ({t.Source})");
        if (!EngineSession.TryWrite(context, output, () => TargetFile.Write(output, result.Targets)))
            return ExitCodes.RunFailed;
        context.Out.WriteLine($"{result.Targets.Count} target(s) written to {output}{(result.Skipped.Count > 0 ? $"; {result.Skipped.Count} figure(s) left out (above)" : "")}.");
        return ExitCodes.Ok;
    }
}
