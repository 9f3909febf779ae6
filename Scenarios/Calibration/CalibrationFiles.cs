using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Planner.Scenarios.Files;
using Planner.Scenarios.Store;

namespace Planner.Scenarios.Calibration;

/// <summary>What a calibration was asked to do, for the provenance and the files.</summary>
public sealed record CalibrationRequest(
    string ScenarioFile, string TargetsFile, string TargetsSha256, CalibrationSettings Settings, RunSettings Run,
    IReadOnlyList<ScreeningRow> Screening, DateOnly Date);

/// <summary>
/// The files of a calibration: the calibrated scenario (the original file with the best values set and a
/// calibration block of provenance), parameters.csv, targets.csv, waves.csv, screening.csv and
/// calibration.json with the same tables and the benchmark figures, and charts/ (targets against the model, ranges
/// per wave; SVG, Swedish). Written into one folder atomically.
/// </summary>
public static partial class CalibrationFiles
{
    public const string Method = "history matching (Andrianakis et al. 2015) with an ML.NET FastTree bootstrap-ensemble emulator per target, implausibility cut-off on the largest target, then a bounded Nelder–Mead (MathNet) on simulated means under common random numbers";

    /// <summary>The calibrated scenario as JSON text; the original file's own text keeps its layout of fields.</summary>
    public static string CalibratedScenario(string originalJson, string name, CalibrationRequest request, CalibrationResult result)
    {
        var root = (JObject)Experiments.JsonTree.Parse(originalJson);
        foreach (var p in result.Parameters)
            Set(root, p.Path, p.Prior.Parameter.IsInteger ? new JValue((long)Math.Round(p.Best)) : new JValue(Round(p.Best)));
        root["name"] = name;
        var description = root["description"]?.Value<string>() ?? "";
        root["description"] = (description.Length > 0 ? description + " " : "")
            + $"Calibrated with planner calibrate to {request.TargetsFile} on {request.Date:yyyy-MM-dd}: "
            + string.Join(", ", result.Parameters.Select(p => $"{p.Path} = {Invariant.Number(Round(p.Best))}{(p.Identified ? "" : " (not identified)")}")) + ".";
        var provenance = new CalibrationProvenance
        {
            Targets = request.TargetsFile,
            TargetsSha256 = request.TargetsSha256,
            Scenario = request.ScenarioFile,
            Method = Method,
            Date = request.Date,
            Waves = result.Waves.Count,
            Replications = result.ReplicationsRun,
            EmulatorCoverage = double.IsFinite(result.Coverage) ? Math.Round(result.Coverage, 4) : 0,
            Parameters = result.Parameters.Select(p => new CalibratedParameter
            {
                Path = p.Path, PriorMin = p.Prior.Min, PriorMax = p.Prior.Max, Low = Round(p.Low), High = Round(p.High), Value = Round(p.Best), Identified = p.Identified,
            }).ToList(),
        };
        root["calibration"] = JToken.FromObject(provenance, JsonSerializer.Create(new JsonSerializerSettings
        {
            ContractResolver = new Newtonsoft.Json.Serialization.CamelCasePropertyNamesContractResolver(),
            DateFormatString = "yyyy-MM-dd",
        }));
        root["calibration"]!["date"] = request.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return root.ToString(Formatting.Indented) + "\n";
    }

    public static void Write(string folder, string calibratedFileName, string calibratedJson, CalibrationRequest request, CalibrationResult result)
    {
        AtomicDirectory.Write(folder, into =>
        {
            File.WriteAllText(Path.Combine(into, calibratedFileName), calibratedJson);
            File.WriteAllText(Path.Combine(into, "parameters.csv"), ParametersCsv(result));
            File.WriteAllText(Path.Combine(into, "targets.csv"), TargetsCsv(result.Targets));
            File.WriteAllText(Path.Combine(into, "waves.csv"), WavesCsv(result));
            File.WriteAllText(Path.Combine(into, "screening.csv"), ScreeningCsv(request.Screening));
            File.WriteAllText(Path.Combine(into, "calibration.json"), Json(request, result).ToString(Formatting.Indented) + "\n");
            Charts.ChartFiles.Write(into, CalibrationCharts.Build(result, Charts.Texts.Swedish), Charts.ChartFormat.Svg);
        });
    }

    public static string ParametersCsv(CalibrationResult result)
    {
        var csv = new Csv().Row(["parameter", "prior_min", "prior_max", "non_implausible_low", "non_implausible_high", "central_95_low", "central_95_high", "range_share", "best", "identified"]);
        foreach (var p in result.Parameters)
            csv.Row([p.Path, N(p.Prior.Min), N(p.Prior.Max), N(p.Low), N(p.High), N(p.CentralLow), N(p.CentralHigh), N(p.RangeShare), N(p.Best), p.Identified ? "yes" : "no"]);
        return csv.ToString();
    }

    public static string TargetsCsv(IReadOnlyList<TargetFit> targets)
    {
        var csv = new Csv().Row(["metric", "year", "observed", "se", "fitted", "simulated_mean", "ci_low", "ci_high", "replications", "implausibility", "source"]);
        foreach (var t in targets)
            csv.Row([t.Target.Metric, t.Target.Year?.ToString(CultureInfo.InvariantCulture) ?? "", N(t.Target.Value), N(t.Target.StandardError), t.Fitted ? "yes" : "no",
                N(t.Mean), N(t.Low), N(t.High), t.Replications.ToString(CultureInfo.InvariantCulture), N(t.Implausibility), t.Target.Source]);
        return csv.ToString();
    }

    public static string WavesCsv(CalibrationResult result)
    {
        var header = new List<string> { "wave", "points", "replications", "non_implausible_share", "emulator_checked", "emulator_covered", "training_seconds" };
        foreach (var p in result.Parameters)
            header.AddRange([p.Path + ":low", p.Path + ":high"]);
        var csv = new Csv().Row(header);
        foreach (var w in result.Waves)
        {
            var row = new List<string> { w.Wave.ToString(CultureInfo.InvariantCulture), w.Points.ToString(CultureInfo.InvariantCulture), w.Replications.ToString(CultureInfo.InvariantCulture),
                N(w.NonImplausibleShare), w.Checked.ToString(CultureInfo.InvariantCulture), w.Covered.ToString(CultureInfo.InvariantCulture), N(w.TrainingSeconds) };
            foreach (var (low, high) in w.Ranges)
                row.AddRange([N(low), N(high)]);
            csv.Row(row);
        }
        return csv.ToString();
    }

    public static string ScreeningCsv(IReadOnlyList<ScreeningRow> rows)
    {
        var csv = new Csv().Row(["parameter", "min", "max", "target", "mu_star", "score", "chosen"]);
        foreach (var r in rows)
            csv.Row([r.Range.Path, N(r.Range.Min), N(r.Range.Max), r.Target, N(r.MuStar), N(r.Score), r.Chosen ? "yes" : "no"]);
        return csv.ToString();
    }

    public static JObject Json(CalibrationRequest request, CalibrationResult result) => new()
    {
        ["format"] = "planner-calibration/1",
        ["scenario"] = request.ScenarioFile,
        ["targets"] = request.TargetsFile,
        ["targetsSha256"] = request.TargetsSha256,
        ["method"] = Method,
        ["date"] = request.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["years"] = request.Run.Years,
        ["seed"] = request.Run.Seed.ToString(CultureInfo.InvariantCulture),
        ["settings"] = JObject.FromObject(request.Settings),
        ["parameters"] = new JArray(result.Parameters.Select(p => new JObject
        {
            ["path"] = p.Path, ["priorMin"] = p.Prior.Min, ["priorMax"] = p.Prior.Max, ["low"] = p.Low, ["high"] = p.High,
            ["centralLow"] = Finite(p.CentralLow), ["centralHigh"] = Finite(p.CentralHigh),
            ["rangeShare"] = p.RangeShare, ["best"] = p.Best, ["identified"] = p.Identified,
        })),
        ["targetFits"] = new JArray(result.Targets.Select(t => new JObject
        {
            ["metric"] = t.Target.Metric, ["year"] = t.Target.Year, ["observed"] = t.Target.Value, ["se"] = t.Target.StandardError,
            ["fitted"] = t.Fitted, ["mean"] = Finite(t.Mean), ["ciLow"] = Finite(t.Low), ["ciHigh"] = Finite(t.High),
            ["replications"] = t.Replications, ["implausibility"] = Finite(t.Implausibility), ["source"] = t.Target.Source,
        })),
        ["waves"] = new JArray(result.Waves.Select(w => new JObject
        {
            ["wave"] = w.Wave, ["points"] = w.Points, ["replications"] = w.Replications, ["nonImplausibleShare"] = w.NonImplausibleShare,
            ["emulatorChecked"] = w.Checked, ["emulatorCovered"] = w.Covered, ["trainingSeconds"] = w.TrainingSeconds,
            ["ranges"] = new JArray(w.Ranges.Select((r, j) => new JObject { ["path"] = result.Parameters[j].Path, ["low"] = r.Low, ["high"] = r.High })),
        })),
        ["emulator"] = new JObject { ["checked"] = result.Checked, ["covered"] = result.Covered, ["coverage"] = Finite(result.Coverage), ["trainingSeconds"] = result.TrainingSeconds },
        ["refinement"] = new JObject { ["evaluations"] = result.RefineEvaluations, ["objectiveAtStart"] = Finite(result.ObjectiveStart), ["objectiveAtBest"] = Finite(result.ObjectiveRefined) },
        ["benchmark"] = new JObject
        {
            ["replications"] = result.ReplicationsRun, ["simulationSeconds"] = result.SimulationSeconds,
            ["replicationsPerSecond"] = Finite(result.ReplicationsPerSecond), ["emulatorTrainingSeconds"] = result.TrainingSeconds,
        },
        ["warnings"] = new JArray(result.Warnings),
    };

    /// <summary>Sets a value at "a.b[0].c" in a scenario file's JSON, creating objects on the way (a list item must exist).</summary>
    public static void Set(JObject root, string path, JToken value)
    {
        JToken node = root;
        var segments = path.Split('.');
        for (var i = 0; i < segments.Length; i++)
        {
            var match = SegmentPattern().Match(segments[i]);
            var name = match.Groups[1].Value;
            var last = i == segments.Length - 1;
            var obj = (JObject)node;
            if (match.Groups[2].Success)
            {
                var index = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
                var list = obj[name] as JArray ?? throw new InvalidOperationException($"\"{path}\": the file has no list \"{name}\" to set item {index} in");
                while (list.Count <= index)
                    list.Add(new JObject());
                if (last)
                {
                    list[index] = value;
                    return;
                }
                node = list[index];
                continue;
            }
            if (last)
            {
                obj[name] = value;
                return;
            }
            if (obj[name] is not JObject child)
            {
                child = new JObject();
                obj[name] = child;
            }
            node = child;
        }
    }

    [GeneratedRegex(@"^([A-Za-z0-9_]+)(?:\[(\d+)\])?$")]
    private static partial Regex SegmentPattern();

    /// <summary>Six significant digits: what the fit can claim, and a file a person can read.</summary>
    public static double Round(double value) =>
        value == 0 || !double.IsFinite(value) ? value : Math.Round(value, Math.Max(0, 5 - (int)Math.Floor(Math.Log10(Math.Abs(value)))));

    private static JToken Finite(double value) => double.IsFinite(value) ? new JValue(value) : JValue.CreateNull();

    private static string N(double value) => double.IsFinite(value) ? Invariant.Number(value) : "";
}
