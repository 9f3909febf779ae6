using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Planner.Scenarios.Files;
using Planner.Simulation.Kernel;
using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Experiments;

/// <summary>The outcome of loading an experiment file: a plan only when there are no errors.</summary>
public sealed record ExperimentLoad(
    string File, ExperimentFile? Spec, ExperimentPlan? Plan, SensitivityPlan? Sensitivity, IReadOnlyList<ScenarioError> Errors)
{
    public bool Ok => Plan is not null && Errors.Count == 0;
}

/// <summary>
/// Reads an experiment file, loads its scenarios, checks its design against the scenario schema and expands
/// it into design points. Every problem is reported at once, like the scenario loader; nothing runs or is
/// written until the whole experiment checks out.
/// </summary>
public static class ExperimentLoader
{
    private const int MostPoints = Bounds.MostPoints;

    public static ExperimentLoad Load(string file, IReadOnlyList<ScenarioOverride>? overrides = null)
    {
        var errors = new List<ScenarioError>();
        var text = InputFile.ReadText(file, "experiment file", InputFile.JsonMaxBytes, errors);
        return text is null
            ? new ExperimentLoad(InputFile.Shown(file), null, null, null, errors)
            : Parse(file, text, Path.GetDirectoryName(Path.GetFullPath(file))!, overrides);
    }

    /// <summary>Parses experiment text; scenario paths are taken relative to <paramref name="folder"/>.</summary>
    public static ExperimentLoad Parse(string file, string text, string folder, IReadOnlyList<ScenarioOverride>? overrides = null)
    {
        var errors = new List<ScenarioError>();
        var root = JsonText.Read(file, text, errors);
        if (root is null)
            return new ExperimentLoad(file, null, null, null, errors);
        if (root is not JObject json)
            return Failed(file, "$", "the file holds a single value or a list; expected a JSON object with the experiment's fields");
        foreach (var o in overrides ?? [])
            o.ApplyTo(json);
        var binder = new RecordBinder(file);
        var spec = (ExperimentFile)binder.Bind(FieldSchema.ShapeOf(typeof(ExperimentFile)), json)!;
        if (spec.Name.Length == 0)
            spec = spec with { Name = Path.GetFileNameWithoutExtension(file) };
        errors.AddRange(binder.Errors.Select(e => Origin(e, overrides)));
        var context = new Context(file, json, errors, overrides);
        if (binder.Errors.Count == 0 && ResultFolderName.Problem(spec.Name) is { } nameProblem)
            context.Add("$.name", nameProblem);
        if (binder.Errors.Count > 0)
            return new ExperimentLoad(file, spec, null, null, Ordered(file, errors));

        CheckMetrics(context, spec);
        var scenarios = LoadScenarios(context, spec, folder);
        if (errors.Count > 0)
            return new ExperimentLoad(file, spec, null, null, Ordered(file, errors));

        var (points, sensitivity) = Expand(context, spec, scenarios);
        if (errors.Count > 0 || points is null)
            return new ExperimentLoad(file, spec, null, null, Ordered(file, errors));
        CheckPoints(context, spec, scenarios, points);
        if (errors.Count > 0)
            return new ExperimentLoad(file, spec, null, null, Ordered(file, errors));

        var kind = sensitivity is null ? ExperimentKind.Experiment : ExperimentKind.Sensitivity;
        var design = JsonTree.Parse(Written(FieldSchema.ShapeOf(typeof(DesignSettings)), spec.Design));
        var plan = new ExperimentPlan(spec.Name, kind, spec.Run, scenarios, points, spec.Monthly, design);
        return new ExperimentLoad(file, spec, plan, sensitivity, []);
    }

    private sealed record Context(string File, JObject Root, List<ScenarioError> Errors, IReadOnlyList<ScenarioOverride>? Overrides)
    {
        public void Add(string path, string message)
        {
            var token = Root.SelectToken(path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path);
            var info = token as IJsonLineInfo;
            var error = info is not null && info.HasLineInfo()
                ? new ScenarioError(File, path, message, info.LineNumber, info.LinePosition)
                : new ScenarioError(File, path, message);
            Errors.Add(Origin(error, Overrides));
        }
    }

    private static void CheckMetrics(Context context, ExperimentFile spec)
    {
        void Check(IReadOnlyList<string> keys, string path)
        {
            for (var i = 0; i < keys.Count; i++)
            {
                if (MetricCatalogue.All.Any(m => m.Key == keys[i]))
                    continue;
                var hint = TextMatching.Closest(keys[i], MetricCatalogue.All.Select(m => m.Key)) is { } near ? $"; did you mean \"{near}\"?" : "";
                context.Add($"{path}[{i}]", $"\"{keys[i]}\" is not a metric{hint} (the keys are the metric column of summary.csv)");
            }
        }
        Check(spec.Metrics, "$.metrics");
        Check(spec.Design.Outputs, "$.design.outputs");
        if (spec.Precision is { } precision)
            Check(precision.Metrics, "$.precision.metrics");
        if (spec.Precision is not null && spec.Run.Replications > spec.Precision.MaxReplications)
            context.Add("$.precision.maxReplications", $"{spec.Precision.MaxReplications} is below run.replications {spec.Run.Replications}, the first batch; expected at least {spec.Run.Replications}");
    }

    private static List<Scenario> LoadScenarios(Context context, ExperimentFile spec, string folder)
    {
        var scenarios = new List<Scenario>();
        if (spec.Scenarios.Count == 0 && !context.Root.ContainsKey("scenarios"))
            context.Add("$", "no \"scenarios\"; expected a list of scenario files, e.g. \"scenarios\": [\"../baseline.json\"]");
        for (var i = 0; i < spec.Scenarios.Count; i++)
        {
            var path = spec.Scenarios[i];
            if (path.Trim().Length == 0)
            {
                context.Add($"$.scenarios[{i}]", "an empty file name; expected the path of a scenario file, relative to the experiment file");
                continue;
            }
            if (path.Contains('\0'))
            {
                context.Add($"$.scenarios[{i}]", $"\"{InputFile.Shown(path)}\": the path holds a NUL character (\\0), which no file name can; expected the path of a scenario file");
                continue;
            }
            var full = Path.IsPathRooted(path) ? path : Path.Combine(folder, path);
            if (InputFile.PathProblem(full, "scenario file") is { } problem)
            {
                context.Add($"$.scenarios[{i}]", problem == "file not found"
                    ? $"scenario file \"{path}\" not found (looked for {Path.GetFullPath(full)})"
                    : $"\"{path}\" {problem}");
                continue;
            }
            var load = ScenarioLoader.Load(full);
            // The scenario's own file and line, and which entry of the experiment brought it in.
            var entry = $"(a scenario of {context.File} $.scenarios[{i}])";
            context.Errors.AddRange(load.Errors.Select(e => e with { Message = $"{e.Message} {entry}" }));
            if (load.Ok)
                scenarios.Add(load.Scenario! with { Run = spec.Run });
        }
        return scenarios;
    }

    private static (List<DesignPoint>? Points, SensitivityPlan? Sensitivity) Expand(Context context, ExperimentFile spec, IReadOnlyList<Scenario> scenarios)
    {
        var design = spec.Design;
        var parameters = design.Parameters;
        var resolved = ResolveParameters(context, design, scenarios);
        if (resolved is null)
            return (null, null);
        var random = new RandomStreams(design.Seed, 0);
        switch (design.Kind)
        {
            case DesignSettings.None:
                if (parameters.Count > 0)
                    context.Add("$.design.parameters", $"design.kind is \"none\" but {parameters.Count} parameter(s) are given; choose \"grid\" or \"latinHypercube\" to vary them");
                return (scenarios.Select((s, i) => new DesignPoint(i, i, s, [])).ToList(), null);

            case DesignSettings.Grid:
            {
                if (!RequireParameters(context, design))
                    return (null, null);
                var values = new List<IReadOnlyList<double>>();
                for (var i = 0; i < parameters.Count; i++)
                {
                    if (parameters[i].Values is not { } list)
                    {
                        context.Add($"$.design.parameters[{i}]", $"a grid parameter needs \"values\", e.g. \"values\": [0.8, 1.2, 1.6]{(parameters[i].Min is not null ? "; min/max belong to latinHypercube, morris and sobol" : "")}");
                        continue;
                    }
                    for (var j = 0; j < list.Count; j++)
                        CheckBounds(context, $"$.design.parameters[{i}].values[{j}]", resolved[i], list[j]);
                    values.Add(list.Select(resolved[i].Effective).ToList());
                }
                var total = values.Aggregate(1.0, (n, v) => n * v.Count) * scenarios.Count;
                if (total > MostPoints)
                    context.Add("$.design.parameters", $"the grid has {total:0} points; at most {MostPoints} are allowed; use a latinHypercube instead");
                else
                    CheckSize(context, "$.design.parameters", (long)total, spec.Run.Replications);
                if (context.Errors.Count > 0)
                    return (null, null);
                return (Points(scenarios, resolved, FullGrid.Points(values)), null);
            }

            case DesignSettings.LatinHypercube:
            {
                if (!RequireParameters(context, design))
                    return (null, null);
                var ranges = Ranges(context, design, resolved, scenarios[0], fromDefaults: false);
                if (ranges is null)
                    return (null, null);
                if (!CheckSize(context, "$.design.points", (long)design.Points * scenarios.Count, spec.Run.Replications))
                    return (null, null);
                var cube = LatinHypercube.Sample(design.Points, ranges.Count, random.Get("latin-hypercube").AsRandom());
                return (Points(scenarios, resolved, cube.Select(u => u.Select((x, j) => ranges[j].At(x)).ToArray()).ToArray()), null);
            }

            default:
            {
                if (scenarios.Count != 1)
                {
                    context.Add("$.scenarios", $"a {design.Kind} sensitivity design analyses one scenario; {scenarios.Count} are given");
                    return (null, null);
                }
                if (spec.Precision is not null)
                    context.Add("$.precision", $"a {design.Kind} design runs a fixed number of replications at every point; remove the precision block");
                var leftOut = new List<string>();
                List<ParameterRange>? ranges;
                if (parameters.Count == 0)
                {
                    ranges = AssumedRanges(scenarios[0], design.Fraction, leftOut);
                }
                else
                {
                    ranges = Ranges(context, design, resolved, scenarios[0], fromDefaults: true);
                }
                if (ranges is null || context.Errors.Count > 0)
                    return (null, null);
                if (ranges.Count == 0)
                {
                    context.Add("$.design.parameters", "no parameter has a range to vary; give parameters with min and max");
                    return (null, null);
                }
                MorrisSample? morris = null;
                SaltelliSample? saltelli = null;
                double[][] cube;
                if (design.Kind == DesignSettings.Morris)
                {
                    if (design.Levels % 2 != 0)
                    {
                        context.Add("$.design.levels", $"{design.Levels} is odd; expected an even number of levels, e.g. 4");
                        return (null, null);
                    }
                    if (!CheckSize(context, "$.design.trajectories", (long)design.Trajectories * (ranges.Count + 1), spec.Run.Replications))
                        return (null, null);
                    morris = MorrisMethod.Sample(ranges.Count, design.Trajectories, design.Levels, random.Get("morris").AsRandom());
                    cube = morris.Points;
                }
                else
                {
                    if (!CheckSize(context, "$.design.samples", (long)design.Samples * (ranges.Count + 2), spec.Run.Replications))
                        return (null, null);
                    saltelli = SobolMethod.Sample(ranges.Count, design.Samples, random.Get("saltelli").AsRandom());
                    cube = saltelli.Points;
                }
                if (cube.Length > MostPoints)
                {
                    context.Add("$.design", $"the design has {cube.Length} points; at most {MostPoints} are allowed");
                    return (null, null);
                }
                var points = cube.Select((u, i) => Point(i, 0, scenarios[0], ranges.Select((r, j) => new ParameterSetting(r.Path, r.At(u[j]))).ToList())).ToList();
                var plan = new SensitivityPlan(design.Kind, ranges, morris, saltelli, design.Outputs, design.Bootstrap, design.Seed, leftOut);
                return (points, plan);
            }
        }
    }

    /// <summary>A design's size, from its settings alone, before anything is sampled: points, and points × replications.</summary>
    private static bool CheckSize(Context context, string path, long points, int replications)
    {
        if (points > MostPoints)
        {
            context.Add(path, $"the design would have {points} points; at most {MostPoints} are allowed; lower it");
            return false;
        }
        if (points * replications > Bounds.MostRuns)
        {
            context.Add(path, $"the design would run {points} points × {replications} replications = {points * replications} replications; at most {Bounds.MostRuns} are allowed");
            return false;
        }
        return true;
    }

    private static bool RequireParameters(Context context, DesignSettings design)
    {
        if (design.Parameters.Count > 0)
            return true;
        context.Add("$.design.parameters", $"a {design.Kind} design needs at least one parameter, e.g. {{ \"path\": \"strain.overloadSensitivity\", {(design.Kind == DesignSettings.Grid ? "\"values\": [0.8, 1.2]" : "\"min\": 0.8, \"max\": 1.6")} }}");
        return false;
    }

    /// <summary>Each parameter path resolved in every scenario (so a list index that one scenario lacks is caught).</summary>
    private static List<ScenarioParameter>? ResolveParameters(Context context, DesignSettings design, IReadOnlyList<Scenario> scenarios)
    {
        var resolved = new List<ScenarioParameter>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < design.Parameters.Count; i++)
        {
            var path = design.Parameters[i].Path;
            ScenarioParameter? found = null;
            foreach (var scenario in scenarios)
            {
                found = ScenarioPaths.Resolve(scenario, path, out var error);
                if (found is null)
                {
                    context.Add($"$.design.parameters[{i}].path", scenarios.Count > 1 ? $"{error} (in scenario \"{scenario.Name}\")" : error!);
                    break;
                }
            }
            if (found is not null && !seen.Add(found.Path))
                context.Add($"$.design.parameters[{i}].path", $"\"{path}\" is given twice; each parameter may appear once");
            if (found is not null)
                resolved.Add(found);
        }
        return resolved.Count == design.Parameters.Count && context.Errors.Count == 0 ? resolved : null;
    }

    private static List<ParameterRange>? Ranges(Context context, DesignSettings design, IReadOnlyList<ScenarioParameter> resolved, Scenario scenario, bool fromDefaults)
    {
        var ranges = new List<ParameterRange>();
        for (var i = 0; i < resolved.Count; i++)
        {
            var given = design.Parameters[i];
            var path = $"$.design.parameters[{i}]";
            if (given.Values is not null)
                context.Add(path + ".values", $"\"values\" belong to a grid; a {design.Kind} design samples a range: give min and max");
            double min, max;
            if (given.Min is { } low && given.Max is { } high)
            {
                (min, max) = (low, high);
            }
            else if (fromDefaults && given.Min is null && given.Max is null)
            {
                var range = DefaultRange(resolved[i], ScenarioPaths.Get(scenario, resolved[i].Path), design.Fraction);
                (min, max) = range;
            }
            else
            {
                context.Add(path, $"a {design.Kind} parameter needs both \"min\" and \"max\"{(fromDefaults ? " (or neither, for default ± fraction)" : "")}");
                continue;
            }
            var ok = CheckBounds(context, path + ".min", resolved[i], min) & CheckBounds(context, path + ".max", resolved[i], max);
            if (!(min < max))
            {
                context.Add(given.Min is null ? path : path + ".min",
                    $"empty range: min {Invariant.Number(min)} is not below max {Invariant.Number(max)}; expected min < max");
                ok = false;
            }
            else if (resolved[i].IsInteger && resolved[i].Effective(min) == resolved[i].Effective(max))
            {
                context.Add(path, $"empty range: {resolved[i].Path} is a whole number and {Invariant.Number(min)}–{Invariant.Number(max)} holds only {Invariant.Number(resolved[i].Effective(min))}");
                ok = false;
            }
            if (ok)
                ranges.Add(new ParameterRange(resolved[i], min, max));
        }
        return context.Errors.Count == 0 ? ranges : null;
    }

    /// <summary>Default × (1 ± fraction), clipped to the field's allowed range.</summary>
    public static (double Min, double Max) DefaultRange(ScenarioParameter parameter, double value, double fraction)
    {
        var (low, high) = parameter.Bounds;
        var a = value * (1 - fraction);
        var b = value * (1 + fraction);
        return (Math.Max(low, Math.Min(a, b)), Math.Min(high, Math.Max(a, b)));
    }

    /// <summary>Every ASSUMED numeric parameter of the scenario with its default ± fraction; those without a range are listed in leftOut.</summary>
    public static List<ParameterRange> AssumedRanges(Scenario scenario, double fraction, List<string> leftOut)
    {
        var ranges = new List<ParameterRange>();
        foreach (var parameter in ScenarioPaths.Numeric(scenario).Where(p => p.Field.Param?.Assumed == true))
        {
            var value = ScenarioPaths.Get(scenario, parameter.Path);
            var (min, max) = DefaultRange(parameter, value, fraction);
            if (min < max && parameter.Effective(min) != parameter.Effective(max))
                ranges.Add(new ParameterRange(parameter, min, max));
            else
                leftOut.Add($"{parameter.Path} (default {Invariant.Number(value)} gives no range; give min and max to include it)");
        }
        return ranges;
    }

    private static bool CheckBounds(Context context, string path, ScenarioParameter parameter, double value)
    {
        var (low, high) = parameter.Bounds;
        if (value >= low && value <= high)
            return true;
        context.Add(path, $"{Invariant.Number(value)} is outside the allowed range of {parameter.Path}; expected {AllowedText.Describe(parameter.Field.Shape, parameter.Field.Param, null)}");
        return false;
    }

    private static List<DesignPoint> Points(IReadOnlyList<Scenario> scenarios, IReadOnlyList<ScenarioParameter> parameters, double[][] values)
    {
        var points = new List<DesignPoint>(scenarios.Count * values.Length);
        for (var s = 0; s < scenarios.Count; s++)
        {
            foreach (var row in values)
                points.Add(Point(points.Count, s, scenarios[s], parameters.Select((p, j) => new ParameterSetting(p.Path, p.Effective(row[j]))).ToList()));
        }
        return points;
    }

    private static DesignPoint Point(int index, int scenarioIndex, Scenario scenario, IReadOnlyList<ParameterSetting> settings)
    {
        var changed = scenario;
        foreach (var setting in settings)
            changed = ScenarioPaths.Set(changed, setting.Path, setting.Value);
        // The model reports under the unit's name; keep the scenario's.
        return new DesignPoint(index, scenarioIndex, changed, settings);
    }

    /// <summary>Rules that tie fields together (shares summing to at most 1, min below max) hold at every point.</summary>
    private static void CheckPoints(Context context, ExperimentFile spec, IReadOnlyList<Scenario> scenarios, IReadOnlyList<DesignPoint> points)
    {
        var broken = new List<string>();
        var count = 0;
        foreach (var point in points)
        {
            var problems = ScenarioRules.Check(context.File, point.Scenario, new JObject(), []).ToList();
            if (problems.Count == 0)
                continue;
            count++;
            if (broken.Count < 3)
                broken.Add($"point {point.Index} ({point.Label(scenarios)}): {problems[0].Path}: {problems[0].Message}");
        }
        if (count > 0)
            context.Add("$.design", $"{count} of {points.Count} design point(s) break a scenario rule; narrow the ranges. {string.Join(" | ", broken)}");
    }

    private static string Written(Shape shape, object value)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var json = new JsonTextWriter(writer) { Formatting = Formatting.None })
            ScenarioJsonWriter.WriteValue(json, shape, value);
        return writer.ToString();
    }

    private static ScenarioError Origin(ScenarioError error, IReadOnlyList<ScenarioOverride>? overrides) =>
        overrides?.FirstOrDefault(o => error.Path is { } p && (p == o.JsonPath || p.StartsWith(o.JsonPath + "[", StringComparison.Ordinal) || p.StartsWith(o.JsonPath + ".", StringComparison.Ordinal))) is { } source
            ? error with { Message = $"{error.Message} (set by {source.Origin})", Line = null, Column = null }
            : error;

    private static IReadOnlyList<ScenarioError> Ordered(string file, IEnumerable<ScenarioError> errors) =>
        errors.OrderBy(e => e.File == file ? 0 : 1).ThenBy(e => e.Line ?? int.MaxValue).ThenBy(e => e.Column ?? 0).ToList();

    /// <summary>Whether a file reads as an experiment (a JSON object with "scenarios") rather than a scenario.</summary>
    public static bool LooksLikeExperiment(string path) =>
        JsonText.ReadFile(path, "experiment file", new List<ScenarioError>()) is JObject json && json.ContainsKey("scenarios");

    private static ExperimentLoad Failed(string file, string path, string message) =>
        new(file, null, null, null, [new ScenarioError(file, path, message)]);
}
