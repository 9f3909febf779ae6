using System.CommandLine;
using System.Globalization;
using Planner.Scenarios.Calibration;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;
using Planner.Scenarios.Store;
using Planner.Simulation.Metrics;
using Planner.Simulation.Model;
using Spectre.Console;

namespace Planner.Scenarios.Cli;

/// <summary>
/// `planner calibrate SCENARIO --targets FILE`: fits the scenario's unknown parameters to observed figures by
/// history matching with emulators and writes a calibrated scenario with its provenance and the fit tables.
/// </summary>
public static class CalibrateCommand
{
    public const int DefaultReplications = 3;

    public static Command Create(CliContext context)
    {
        var command = new Command("calibrate",
            "Fit a scenario's unknown (ASSUMED) parameters to observed figures (a targets file, see data/README.md): history matching in waves "
            + "with an ML.NET emulator per target, then a bounded optimiser on simulated means. Prints each parameter's prior and "
            + "non-implausible range and best value, each target's observed and simulated value with its 95 % CI, and writes a calibrated scenario file.");
        var file = FileArguments.One(command, "The scenario file to calibrate.");
        command.Arguments.Add(file);
        var targets = new Option<string>("--targets") { HelpName = "FILE", Description = "The targets file (CSV: metric, year, value, se or low/high, source, weight; see data/README.md).", Required = true };
        var fit = new Option<string[]>("--fit")
        {
            HelpName = "PATH[=MIN:MAX],…",
            Description = "Parameters to fit, comma-separated or repeated; without =MIN:MAX over default ± --fraction. Default: the ASSUMED parameters a Morris screening finds move a target by at least one of its standard errors (at most --max-fit).",
        };
        var fraction = new Option<string>("--fraction") { HelpName = "F", Description = "Prior range of a parameter without MIN:MAX: default × (1 ± F), clipped to its allowed range (default: 0.5)." };
        var waves = new Option<string>("--waves") { HelpName = "N", Description = "History-matching waves (default: 3)." };
        var points = new Option<string>("--points") { HelpName = "N", Description = "Design points per wave (default: 10 per fitted parameter, at least 20)." };
        var discrepancy = new Option<string>("--discrepancy") { HelpName = "F", Description = "Model discrepancy: its standard deviation as a share of each observed value (default: 0.02)." };
        var cutoff = new Option<string>("--cutoff") { HelpName = "I", Description = "Implausibility cut-off (default: 3)." };
        var refine = new Option<string>("--refine") { HelpName = "N", Description = "Most simulated evaluations for refining the best point; 0 skips the refinement (default: 100)." };
        var check = new Option<string>("--check-replications") { HelpName = "N", Description = "Replications at the best point for the fit table (default: 10)." };
        var maxFit = new Option<string>("--max-fit") { HelpName = "N", Description = "Most parameters the screening may choose (default: as many as there are fitted targets, at most 8)." };
        var designSeed = new Option<string>("--design-seed") { HelpName = "SEED", Description = "Seed of the design, the emulators and the candidates (default: 1); the model's seed is --seed." };
        foreach (var option in new Option[] { targets, fit, fraction, waves, points, discrepancy, cutoff, refine, check, maxFit, designSeed })
            command.Options.Add(option);
        var options = RunOptions.AddTo(command, new RunOptionTexts("design point", "Folder for the results (default: results); the calibration goes to calibrate-<scenario>/.", null,
            $"{DefaultReplications} per design point"));

        command.SetAction((parse, cancellation) =>
        {
            var errors = new List<string>();
            var values = new OptionValues(parse, errors);

            var path = parse.GetValue(file)!;
            var overrides = options.Overrides(parse);
            var load = ScenarioLoader.Load(path, overrides);
            if (!load.Ok)
                return Task.FromResult(EngineSession.Refuse(context, load.Errors.Select(e => e.ToString())));
            var scenario = load.Scenario!;
            var targetsPath = parse.GetValue(targets)!;
            var targetLoad = TargetFile.Load(targetsPath);
            if (!targetLoad.Ok)
                return Task.FromResult(EngineSession.Refuse(context, targetLoad.Errors.Select(e => "error: " + e)));
            foreach (var target in targetLoad.Targets)
            {
                if (TargetMetrics.CheckHorizon(target, scenario.Unit.StartDate, scenario.Run.Years) is { } problem)
                    errors.Add($"error: {targetsPath}: {problem}");
            }
            if (targetLoad.Targets.All(t => t.Weight <= 0))
                errors.Add($"error: {targetsPath}: every target has weight 0; at least one must be fitted");

            var replications = overrides.Any(o => o.Path == "run.replications") ? scenario.Run.Replications : DefaultReplications;
            var settings = new CalibrationSettings(
                Waves: values.Whole(waves, 3, 1, 20),
                PointsPerWave: values.Whole(points, 0, 4, 100_000),
                Replications: replications,
                Cutoff: values.Number(cutoff, 3, 0.5, 100, "a number from 0.5 to 100"),
                Discrepancy: values.Number(discrepancy, 0.02, 0, 10, "a share from 0 to 10"),
                RefineEvaluations: values.Whole(refine, 100, 0, 10_000),
                CheckReplications: values.Whole(check, 10, 2, 10_000),
                Seed: (ulong)values.Whole(designSeed, 1, 0, int.MaxValue));
            var fractionValue = values.Number(fraction, 0.5, 0.01, 10, "a fraction above 0, e.g. 0.5");
            // More free parameters than fitted targets cannot all be pinned down (they trade off against each other),
            // so by default the screening keeps no more of them than there are targets with a weight.
            var most = values.Whole(maxFit, Math.Clamp(targetLoad.Targets.Count(t => t.Weight > 0), 1, 8), 1, 100);
            var engineSettings = options.Settings(parse, replications, null, errors);
            var ranges = parse.GetValue(fit) is { Length: > 0 } given ? ParseFit(scenario, given, fractionValue, errors) : null;
            if (errors.Count > 0 || engineSettings is null)
                return Task.FromResult(EngineSession.Refuse(context, errors));

            return Task.Run(() => Execute(context, parse, options, path, scenario, targetLoad, settings, engineSettings, ranges, fractionValue, most, cancellation), CancellationToken.None);
        });
        return command;
    }

    private static int Execute(CliContext context, ParseResult parse, RunOptions options, string path, Scenario scenario, TargetLoad targets,
        CalibrationSettings settings, EngineSettings engineSettings, List<ParameterRange>? ranges, double fraction, int most, CancellationToken cancellation)
    {
        var quiet = options.Quiet(parse);
        var console = ConsoleFactory.Create(context);
        if (EngineSession.OpenForWriting(context, options.StorePath(parse), cancellation, out var writer, out int refused) is not { } store)
            return refused;
        using var held = writer;
        using (store)
        {
            var runner = new EngineCalibrationRunner(scenario, scenario.Run, targets.Targets.Select(TargetMetrics.StoreKey).ToList(), store, engineSettings, UnitModel.Run,
                (label, work) => EngineProgressDisplay.Run(console, context, quiet, label, work), cancellation);
            void Log(string line)
            {
                if (!quiet)
                    context.Out.WriteLine(line);
            }
            Log($"{scenario.Name}: calibrating to {targets.Targets.Count(t => t.Weight > 0)} target(s) of {targets.File}; {Invariant.Number(scenario.Run.Years)} years, seed {scenario.Run.Seed}, "
                + $"{settings.Replications} replications per point, discrepancy {settings.Discrepancy:0.###} × observed, cut-off {settings.Cutoff}");
            try
            {
                var screening = new List<ScreeningRow>();
                if (ranges is null)
                {
                    var leftOut = new List<string>();
                    Log($"Screening the ASSUMED parameters (Morris, 6 trajectories, 2 replications per point) for the default fit set…");
                    (ranges, screening) = FitScreening.Select(scenario, targets.Targets, runner, fraction, 6, 2, settings.Seed, settings.Discrepancy, most, leftOut);
                    if (ranges.Count == 0)
                    {
                        context.Error.WriteLine($"error: no ASSUMED parameter moves a target by one of its standard errors over default ± {fraction}; name the parameters with --fit PATH=MIN:MAX");
                        return ExitCodes.BadInput;
                    }
                    Log("Fitting: " + string.Join(", ", ranges.Select(r => r.Path)));
                }
                var ranBefore = runner.Ran;
                var result = new Calibrator(ranges, targets.Targets, settings, runner, Log).Run();
                var simulated = runner.Ran - ranBefore;
                if (!quiet)
                    WriteTables(console, result);
                foreach (var warning in result.Warnings)
                    context.Error.WriteLine("warning: " + warning);
                var request = new CalibrationRequest(path, targets.File, targets.Sha256, settings, scenario.Run, screening, DateOnly.FromDateTime(DateTime.UtcNow));
                var name = ResultFolderName.From(scenario.Name) + "-calibrated";
                var folder = Path.Combine(options.Output(parse), "calibrate-" + ResultFolderName.From(scenario.Name));
                if (!EngineSession.TryWrite(context, "the calibration files", () =>
                    {
                        var json = CalibrationFiles.CalibratedScenario(File.ReadAllText(path), name, request, result);
                        var check = ScenarioLoader.Parse(name + ".json", json);
                        if (!check.Ok)
                            throw new InvalidOperationException("the calibrated scenario does not validate: " + string.Join("; ", check.Errors));
                        CalibrationFiles.Write(folder, name + ".json", json, request, result);
                    }))
                    return ExitCodes.RunFailed;
                context.Out.WriteLine($"Calibrated scenario: {Path.Combine(folder, name + ".json")}; tables in {folder}; runs in {store.Path}");
                context.Out.WriteLine(simulated == 0
                    ? $"Benchmark: every one of the {result.ReplicationsRun} replications was found in the store (resumed); emulator training {result.TrainingSeconds:0.0} s"
                    : $"Benchmark: {simulated} replications simulated in {result.SimulationSeconds:0.0} s ({simulated / result.SimulationSeconds:0.0} replications/s)"
                      + (simulated < result.ReplicationsRun ? $", {result.ReplicationsRun - simulated} found in the store" : "") + $"; emulator training {result.TrainingSeconds:0.0} s");
                return ExitCodes.Ok;
            }
            catch (StageIncompleteException e)
            {
                context.Out.WriteLine(engineSettings.Part.IsWhole
                    ? $"The {e.Stage} stage is incomplete ({e.Saved} of {e.Needed} replications in {store.Path})."
                    : $"Shard {engineSettings.Part} of the {e.Stage} stage saved in {store.Path}. Merge the shards (planner merge), then run the same command without --shard on the merged store: it continues from there.");
                return engineSettings.Part.IsWhole ? ExitCodes.RunFailed : ExitCodes.Ok;
            }
            catch (OperationCanceledException)
            {
                context.Error.WriteLine(EngineReport.Interrupted(store.Path));
                return ExitCodes.Interrupted;
            }
        }
    }

    /// <summary>"path" or "path=min:max", comma-separated or repeated, resolved against the scenario with the schema's bounds.</summary>
    public static List<ParameterRange> ParseFit(Scenario scenario, IEnumerable<string> given, double fraction, List<string> errors)
    {
        var ranges = new List<ParameterRange>();
        foreach (var item in given.SelectMany(g => g.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var equals = item.IndexOf('=');
            var name = equals < 0 ? item : item[..equals];
            var parameter = ScenarioPaths.Resolve(scenario, name, out var error);
            if (parameter is null)
            {
                errors.Add($"error: --fit {item}: {error}");
                continue;
            }
            if (ranges.Any(r => r.Path == parameter.Path))
            {
                errors.Add($"error: --fit {item}: \"{parameter.Path}\" is given twice");
                continue;
            }
            double min, max;
            if (equals < 0)
            {
                (min, max) = ExperimentLoader.DefaultRange(parameter, ScenarioPaths.Get(scenario, parameter.Path), fraction);
            }
            else
            {
                var parts = item[(equals + 1)..].Split(':');
                if (parts.Length != 2 || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out min)
                    || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out max))
                {
                    errors.Add($"error: --fit {item}: the range \"{item[(equals + 1)..]}\" is not MIN:MAX, e.g. {name}=0.2:0.6");
                    continue;
                }
            }
            var (low, high) = parameter.Bounds;
            if (min < low || max > high)
                errors.Add($"error: --fit {item}: {Invariant.Number(min)}–{Invariant.Number(max)} leaves the allowed range of {parameter.Path}, {AllowedText.Describe(parameter.Field.Shape, parameter.Field.Param, null)}");
            else if (!(min < max) || parameter.Effective(min) == parameter.Effective(max))
                errors.Add($"error: --fit {item}: the range {Invariant.Number(min)}–{Invariant.Number(max)} is empty; expected MIN < MAX{(equals < 0 ? " (the default is 0: give MIN:MAX)" : "")}");
            else
                ranges.Add(new ParameterRange(parameter, min, max));
        }
        return ranges;
    }

    private static void WriteTables(IAnsiConsole console, CalibrationResult result)
    {
        var border = console.Profile.Capabilities.Unicode ? TableBorder.Rounded : TableBorder.Ascii;
        var parameters = new Table().Border(border).Title("Parameters");
        parameters.AddColumn("Parameter");
        foreach (var c in new[] { "Prior range", "Non-implausible range", "Central 95 %", "Share of prior", "Best" })
            parameters.AddColumn(new TableColumn(c).RightAligned());
        parameters.AddColumn("");
        foreach (var p in result.Parameters)
            parameters.AddRow(Markup.Escape(p.Path), $"{G(p.Prior.Min)} – {G(p.Prior.Max)}", $"{G(p.Low)} – {G(p.High)}", $"{G(p.CentralLow)} – {G(p.CentralHigh)}",
                $"{p.RangeShare * 100:0} %", G(p.Best), p.Identified ? "" : "not identified");
        console.Write(parameters);

        var targets = new Table().Border(border).Title("Targets at the best point");
        targets.AddColumn("Target");
        targets.AddColumn("Unit");
        foreach (var c in new[] { "Observed ± SE", "Simulated (95 % CI)", "Implausibility" })
            targets.AddColumn(new TableColumn(c).RightAligned());
        foreach (var t in result.Targets)
        {
            var unit = TargetMetrics.Definition(t.Target)?.Unit ?? "";
            targets.AddRow(Markup.Escape(t.Target.Key + (t.Fitted ? "" : " (not fitted)")), Markup.Escape(unit),
                $"{G(t.Target.Value)} ± {G(t.Target.StandardError)}", $"{G(t.Mean)} ({G(t.Low)} – {G(t.High)})",
                t.Implausibility.ToString("0.00", CultureInfo.InvariantCulture));
        }
        console.Write(targets);
        console.WriteLine($"Emulator check: {result.Covered} of {result.Checked} held-out simulated means inside the emulator's ±3σ ({result.Coverage * 100:0.0} %); "
            + string.Join(", ", result.Waves.Select(w => $"wave {w.Wave}: {w.NonImplausibleShare * 100:0.##} % of the prior box non-implausible")));
    }

    private static string G(double value) => double.IsFinite(value) ? value.ToString("G4", CultureInfo.InvariantCulture) : "–";
}
