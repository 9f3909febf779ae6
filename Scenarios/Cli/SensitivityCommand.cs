using System.CommandLine;
using System.Globalization;
using Newtonsoft.Json.Linq;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;

namespace Planner.Scenarios.Cli;

/// <summary>
/// `planner sensitivity FILE`: which unknown parameters decide a metric. FILE is a scenario (every ASSUMED
/// parameter varies over its default ± a fraction) or an experiment file with a morris or sobol design.
/// </summary>
public static class SensitivityCommand
{
    public const int DefaultReplications = 3;

    public static Command Create(CliContext context)
    {
        var command = new Command("sensitivity",
            "Rank the ASSUMED (unknown) parameters of a scenario by their effect on a metric, with 95 % CIs: "
            + "Morris elementary effects for screening, Sobol first-order and total indices for variance shares.");
        var file = FileArguments.One(command,
            "A scenario file (every ASSUMED parameter varies over default ± --fraction) or an experiment file with a morris or sobol design.");
        command.Arguments.Add(file);
        var method = new Option<string>("--method") { HelpName = "morris|sobol|trees", Description = "morris: screening, k + 1 points per trajectory for k parameters (default); sobol: first-order and total indices, N·(k + 2) points; trees: permutation importance of boosted trees (ML.NET) over a Latin hypercube of --samples points (default 10 per parameter), with a Morris ranking beside it for comparison (scenario files only)." };
        var metrics = new Option<string[]>("--metric") { HelpName = "KEY", Description = "Metric to analyse; repeat for several (default: total_cost_sek_per_year)." };
        var parameters = new Option<string[]>("--parameter")
        {
            HelpName = "PATH[=MIN:MAX]",
            Description = "Vary only this parameter (repeat); without =MIN:MAX over default ± --fraction. Default: every ASSUMED parameter.",
        };
        var fraction = new Option<string>("--fraction") { HelpName = "F", Description = "Range of a parameter without MIN:MAX: default × (1 ± F), clipped to its allowed range (default: 0.25)." };
        var trajectories = new Option<string>("--trajectories") { HelpName = "R", Description = "Morris trajectories (default: 10)." };
        var levels = new Option<string>("--levels") { HelpName = "P", Description = "Morris grid levels, even (default: 4)." };
        var samples = new Option<string>("--samples") { HelpName = "N", Description = "Sobol base sample size (default: 64)." };
        var bootstrap = new Option<string>("--bootstrap") { HelpName = "B", Description = "Bootstrap resamples for the CIs (default: 1000)." };
        var designSeed = new Option<string>("--design-seed") { HelpName = "SEED", Description = "Seed of the sample and the bootstrap (default: 1); the model seed is --seed." };
        foreach (var option in new Option[] { method, metrics, parameters, fraction, trajectories, levels, samples, bootstrap, designSeed })
            command.Options.Add(option);
        // No --precision: Morris and Sobol run a fixed number of replications at every point.
        var options = RunOptions.AddTo(command, new RunOptionTexts("point", ExperimentCommand.ExportFolder, null,
            $"{DefaultReplications} for a scenario file, run.replications for an experiment file"));

        command.SetAction((parse, cancellation) =>
        {
            var path = parse.GetValue(file)!;
            if (parse.GetValue(method) == "trees")
                return Trees(context, parse, options, path, metrics, parameters, fraction, trajectories, levels, samples, designSeed, cancellation);
            var overrides = options.Overrides(parse);
            void Text(Option<string> option, string jsonPath)
            {
                if (parse.GetValue(option) is { } value)
                    overrides.Add(ScenarioOverride.FromText(jsonPath, value, option.Name));
            }
            Text(method, "design.kind");
            Text(fraction, "design.fraction");
            Text(trajectories, "design.trajectories");
            Text(levels, "design.levels");
            Text(samples, "design.samples");
            Text(bootstrap, "design.bootstrap");
            Text(designSeed, "design.seed");
            if (parse.GetValue(metrics) is { Length: > 0 } keys)
                overrides.Add(new ScenarioOverride("design.outputs", new JArray(keys.Cast<object>().ToArray()), "--metric"));
            if (parse.GetValue(parameters) is { Length: > 0 } chosen)
                overrides.Add(new ScenarioOverride("design.parameters", new JArray(chosen.Select(ParameterJson).ToArray()), "--parameter"));

            var load = Load(path, overrides);
            if (load.Ok && load.Sensitivity is null)
            {
                context.Error.WriteLine($"error: {path}: $.design.kind: \"{load.Spec!.Design.Kind}\" is not a sensitivity design; expected \"morris\" or \"sobol\" (or give --method)");
                return Task.FromResult(ExitCodes.BadInput);
            }
            return Task.Run(() => ExperimentRunner.Run(load, options, parse, context, cancellation, finished => SensitivityReport.Analyse(finished, context)), CancellationToken.None);
        });
        return command;
    }

    private static Task<int> Trees(CliContext context, System.CommandLine.ParseResult parse, RunOptions options, string path,
        Option<string[]> metrics, Option<string[]> parameters, Option<string> fraction, Option<string> trajectories, Option<string> levels,
        Option<string> samples, Option<string> designSeed, CancellationToken cancellation)
    {
        var errors = new List<string>();
        var overrides = options.Overrides(parse);
        var load = ScenarioLoader.Load(path, overrides);
        if (!load.Ok)
        {
            var reason = ExperimentLoader.LooksLikeExperiment(path) ? [$"error: {path}: --method trees analyses a scenario file; give the experiment's scenario instead"] : load.Errors.Select(e => e.ToString());
            return Task.FromResult(EngineSession.Refuse(context, reason));
        }
        var scenario = load.Scenario!;
        if (!overrides.Any(o => o.Path == "run.replications"))
            scenario = scenario with { Run = scenario.Run with { Replications = DefaultReplications } };
        var values = new OptionValues(parse, errors);
        var share = 0.25;
        if (parse.GetValue(fraction) is { } f && !(double.TryParse(f, NumberStyles.Float, CultureInfo.InvariantCulture, out share) && share > 0 && share <= 10))
            errors.Add($"error: --fraction {f} is not allowed; expected a fraction above 0, e.g. 0.25");
        var keys = parse.GetValue(metrics) is { Length: > 0 } given ? given : [Planner.Simulation.Metrics.MetricCatalogue.TotalCostPerYear];
        foreach (var key in keys.Where(k => Planner.Simulation.Metrics.MetricCatalogue.All.All(m => m.Key != k)))
        {
            var near = TextMatching.Closest(key, Planner.Simulation.Metrics.MetricCatalogue.All.Select(m => m.Key));
            errors.Add($"error: --metric \"{key}\" is not a metric{(near is null ? "" : $"; did you mean \"{near}\"?")} (the keys are the metric column of summary.csv)");
        }
        var leftOut = new List<string>();
        var ranges = parse.GetValue(parameters) is { Length: > 0 } chosen
            ? CalibrateCommand.ParseFit(scenario, chosen, share, errors)
            : ExperimentLoader.AssumedRanges(scenario, share, leftOut);
        if (errors.Count == 0 && ranges.Count < 2)
            errors.Add("error: --method trees needs at least two parameters to rank");
        var levelCount = values.Whole(levels, 4, 2, 100);
        if (levelCount % 2 != 0)
            errors.Add($"error: --levels {levelCount} is odd; expected an even number of levels, e.g. 4");
        var request = new TreeSensitivityRequest(path, scenario, keys, ranges, leftOut,
            values.Whole(samples, Math.Max(20, 10 * ranges.Count), 8, 100_000), values.Whole(trajectories, 10, 2, 10_000), levelCount, 10,
            (ulong)values.Whole(designSeed, 1, 0, int.MaxValue));
        var settings = options.Settings(parse, scenario.Run.Replications, null, errors);
        if (errors.Count > 0 || settings is null)
            return Task.FromResult(EngineSession.Refuse(context, errors));
        return Task.Run(() => TreeSensitivityRun.Execute(context, request, options, parse, settings, cancellation), CancellationToken.None);
    }

    /// <summary>An experiment file as it is; a scenario file wrapped in an experiment with a Morris design over its ASSUMED parameters.</summary>
    private static ExperimentLoad Load(string path, IReadOnlyList<ScenarioOverride> overrides)
    {
        var scenario = ScenarioLoader.Load(path);
        if (!scenario.Ok)
        {
            // Not a scenario: perhaps an experiment file (its own errors are the useful ones then).
            if (ExperimentLoader.LooksLikeExperiment(path))
                return ExperimentLoader.Load(path, overrides);
            return new ExperimentLoad(path, null, null, null, scenario.Errors);
        }
        var s = scenario.Scenario!;
        var wrapper = new JObject
        {
            ["name"] = $"{s.Name}-sensitivity",
            ["description"] = $"Sensitivity analysis of the scenario {s.Name}.",
            ["scenarios"] = new JArray(Path.GetFullPath(path)),
            ["run"] = new JObject { ["years"] = s.Run.Years, ["seed"] = s.Run.Seed, ["replications"] = DefaultReplications },
            ["design"] = new JObject { ["kind"] = DesignSettings.Morris },
            ["monthly"] = false,
        };
        return ExperimentLoader.Parse(path, wrapper.ToString(), Path.GetDirectoryName(Path.GetFullPath(path))!, overrides);
    }

    /// <summary>"path" or "path=min:max" as a design parameter; a malformed range is passed on as text for the validator to name.</summary>
    private static JObject ParameterJson(string text)
    {
        var equals = text.IndexOf('=');
        if (equals < 0)
            return new JObject { ["path"] = text };
        var range = text[(equals + 1)..].Split(':');
        JToken Number(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? new JValue(v) : new JValue(s);
        return range.Length == 2
            ? new JObject { ["path"] = text[..equals], ["min"] = Number(range[0]), ["max"] = Number(range[1]) }
            : new JObject { ["path"] = text[..equals], ["min"] = new JValue(text[(equals + 1)..]) };
    }
}
