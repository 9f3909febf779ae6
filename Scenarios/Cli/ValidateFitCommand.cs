using System.CommandLine;
using System.Globalization;
using Newtonsoft.Json;
using Planner.Scenarios.Calibration;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;
using Planner.Scenarios.Store;
using Planner.Simulation.Model;
using Spectre.Console;

namespace Planner.Scenarios.Cli;

/// <summary>`planner validate-fit CALIBRATED --targets HELD_OUT`: figures left out of the fit against the calibrated model's prediction.</summary>
public static class ValidateFitCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("validate-fit",
            "Check a calibrated scenario against figures left out of its fit: each held-out target's observed value, the model's prediction "
            + "with its 95 % CI, the error and the error in units of the combined uncertainty (z).");
        var file = FileArguments.One(command, "The calibrated scenario file (what planner calibrate wrote), or any scenario.");
        command.Arguments.Add(file);
        var targets = new Option<string>("--targets") { HelpName = "FILE", Description = "Held-out targets (CSV, see data/README.md).", Required = true };
        command.Options.Add(targets);
        var options = RunOptions.AddTo(command, new RunOptionTexts("scenario", "Folder for the results (default: results); the check goes to validate-fit-<scenario>/.", null));
        command.SetAction((parse, cancellation) =>
        {
            var path = parse.GetValue(file)!;
            var load = ScenarioLoader.Load(path, options.Overrides(parse));
            if (!load.Ok)
                return Task.FromResult(EngineSession.Refuse(context, load.Errors.Select(e => e.ToString())));
            var scenario = load.Scenario!;
            var targetLoad = TargetFile.Load(parse.GetValue(targets)!);
            if (!targetLoad.Ok)
                return Task.FromResult(EngineSession.Refuse(context, targetLoad.Errors.Select(e => "error: " + e)));
            var errors = targetLoad.Targets.Select(t => TargetMetrics.CheckHorizon(t, scenario.Unit.StartDate, scenario.Run.Years))
                .OfType<string>().Select(p => $"error: {targetLoad.File}: {p}").ToList();
            var settings = options.Settings(parse, scenario.Run.Replications, null, errors);
            if (errors.Count > 0 || settings is null)
                return Task.FromResult(EngineSession.Refuse(context, errors));
            return Task.Run(() => Execute(context, parse, options, path, scenario, targetLoad, settings, cancellation), CancellationToken.None);
        });
        return command;
    }

    private static int Execute(CliContext context, ParseResult parse, RunOptions options, string path, Scenario scenario, TargetLoad targets,
        EngineSettings settings, CancellationToken cancellation)
    {
        var quiet = options.Quiet(parse);
        var console = ConsoleFactory.Create(context);
        if (EngineSession.OpenForWriting(context, options.StorePath(parse), cancellation, out var writer, out int refused) is not { } store)
            return refused;
        using var held = writer;
        using (store)
        {
            if (!quiet)
                context.Out.WriteLine($"{scenario.Name}: {scenario.Run.Replications} replications of {Invariant.Number(scenario.Run.Years)} years, seed {scenario.Run.Seed}, against {targets.Targets.Count} held-out figure(s) of {targets.File}");
            var runner = new EngineCalibrationRunner(scenario, scenario.Run, targets.Targets.Select(TargetMetrics.StoreKey).ToList(), store, settings, UnitModel.Run,
                (label, work) => EngineProgressDisplay.Run(console, context, quiet, label, work), cancellation);
            IReadOnlyList<ValidationRow> rows;
            try
            {
                rows = FitValidation.Rows(targets.Targets, runner.Run("validate-fit", [[]], scenario.Run.Replications)[0]);
            }
            catch (StageIncompleteException e)
            {
                context.Out.WriteLine(EngineReport.Shard(settings.Part, e.Saved, 0, store.Path));
                return settings.Part.IsWhole ? ExitCodes.RunFailed : ExitCodes.Ok;
            }
            catch (OperationCanceledException)
            {
                context.Error.WriteLine(EngineReport.Interrupted(store.Path));
                return ExitCodes.Interrupted;
            }
            if (!quiet)
                Write(console, rows);
            var folder = Path.Combine(options.Output(parse), "validate-fit-" + ResultFolderName.From(scenario.Name));
            if (!EngineSession.TryWrite(context, "the validation files", () => AtomicDirectory.Write(folder, into =>
                {
                    File.WriteAllText(Path.Combine(into, "validate-fit.csv"), FitValidation.Csv(rows));
                    File.WriteAllText(Path.Combine(into, "validate-fit.json"),
                        FitValidation.Json(path, targets.File, targets.Sha256, scenario.Run, rows).ToString(Formatting.Indented) + "\n");
                })))
                return ExitCodes.RunFailed;
            var within = rows.Count(r => Math.Abs(r.Z) <= 2);
            context.Out.WriteLine($"{within} of {rows.Count} held-out figure(s) reproduced within |z| ≤ 2; results in {folder}");
            return ExitCodes.Ok;
        }
    }

    private static void Write(IAnsiConsole console, IReadOnlyList<ValidationRow> rows)
    {
        var table = new Table().Border(console.Profile.Capabilities.Unicode ? TableBorder.Rounded : TableBorder.Ascii).Title("Held-out figures");
        table.AddColumn("Target");
        table.AddColumn("Unit");
        foreach (var c in new[] { "Observed ± SE", "Predicted (95 % CI)", "Error", "z" })
            table.AddColumn(new TableColumn(c).RightAligned());
        foreach (var r in rows)
            table.AddRow(Markup.Escape(r.Target.Key), Markup.Escape(TargetMetrics.Definition(r.Target)?.Unit ?? ""),
                $"{G(r.Target.Value)} ± {G(r.Target.StandardError)}", $"{G(r.Mean)} ({G(r.Low)} – {G(r.High)})",
                $"{G(r.Error)} ({r.RelativeError * 100:+0.#;-0.#;0} %)", r.Z.ToString("0.00", CultureInfo.InvariantCulture));
        console.Write(table);
    }

    private static string G(double value) => double.IsFinite(value) ? value.ToString("G4", CultureInfo.InvariantCulture) : "–";
}
