using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;
using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Store;

/// <summary>
/// Writes one experiment of a store as plain files: experiment.json (definition, scenarios, points),
/// points.csv, replications.csv, monthly.csv (when kept), summary.csv and summary.json (mean, sd and 95 % CI
/// per point and metric over every stored replication), and for a comparison the comparison.csv and
/// comparison.json that `planner compare` writes. Written atomically; the same store contents give
/// byte-identical files, which is also how tests compare stores.
/// </summary>
public static class StoreExport
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the folder; <paramref name="extra"/> may add files of its own before the folder appears.</summary>
    public static string Write(ResultStore store, StoredExperiment experiment, string folder, Action<string>? extra = null)
    {
        // One view of the store for every file, even while a run adds replications.
        using var snapshot = store.Snapshot();
        var points = Points(store, experiment);
        var replications = Replications(store, experiment);
        AtomicDirectory.Write(folder, temporary =>
        {
            File.WriteAllText(Path.Combine(temporary, "experiment.json"), ExperimentJson(store, experiment, points), Utf8);
            File.WriteAllText(Path.Combine(temporary, "points.csv"), PointsCsv(points), Utf8);
            File.WriteAllText(Path.Combine(temporary, "replications.csv"), ReplicationsCsv(replications), Utf8);
            File.WriteAllText(Path.Combine(temporary, "summary.csv"), SummaryCsv(replications), Utf8);
            File.WriteAllText(Path.Combine(temporary, "summary.json"), SummaryJson(experiment, points, replications), Utf8);
            if (experiment.Monthly)
                WriteMonthly(store, experiment, Path.Combine(temporary, "monthly.csv"));
            if (experiment.Kind == ExperimentKind.Compare && ComparisonPlan.FromStore(store, experiment) is { } comparison)
                ComparisonFiles.WriteComparison(temporary, comparison);
            extra?.Invoke(temporary);
        });
        return folder;
    }

    public sealed record PointRow(int Point, int Scenario, string ScenarioName, IReadOnlyList<(string Path, double Value)> Settings);

    /// <summary>Per point: replication number → metric values, in replication order.</summary>
    public sealed record PointReplications(int Point, IReadOnlyList<(int Replication, string Seed, IReadOnlyDictionary<string, double> Values)> Rows);

    public static IReadOnlyList<PointRow> Points(ResultStore store, StoredExperiment experiment)
    {
        lock (store.Gate)
        {
            var names = new Dictionary<int, string>();
            using (var reader = store.Query("SELECT scenario_index, name FROM scenarios WHERE experiment_id = $e", ("$e", experiment.Id)))
            {
                while (reader.Read())
                    names[reader.GetInt32(0)] = reader.GetString(1);
            }
            var settings = new Dictionary<int, List<(string, double)>>();
            using (var reader = store.Query("SELECT point_index, path, value FROM point_parameters WHERE experiment_id = $e ORDER BY point_index, position", ("$e", experiment.Id)))
            {
                while (reader.Read())
                {
                    var p = reader.GetInt32(0);
                    if (!settings.TryGetValue(p, out var list))
                        settings[p] = list = [];
                    list.Add((reader.GetString(1), reader.GetDouble(2)));
                }
            }
            var rows = new List<PointRow>();
            using (var reader = store.Query("SELECT point_index, scenario_index FROM points WHERE experiment_id = $e ORDER BY point_index", ("$e", experiment.Id)))
            {
                while (reader.Read())
                {
                    var p = reader.GetInt32(0);
                    var s = reader.GetInt32(1);
                    rows.Add(new PointRow(p, s, names.GetValueOrDefault(s, ""), settings.TryGetValue(p, out var list) ? list : []));
                }
            }
            return rows;
        }
    }

    public static IReadOnlyList<PointReplications> Replications(ResultStore store, StoredExperiment experiment)
    {
        lock (store.Gate)
        {
            var byPoint = new SortedDictionary<int, SortedDictionary<int, (string Seed, Dictionary<string, double> Values)>>();
            using (var reader = store.Query("SELECT point_index, replication, seed FROM replications WHERE experiment_id = $e", ("$e", experiment.Id)))
            {
                while (reader.Read())
                {
                    var p = reader.GetInt32(0);
                    if (!byPoint.TryGetValue(p, out var reps))
                        byPoint[p] = reps = [];
                    reps[reader.GetInt32(1)] = (reader.GetString(2), new Dictionary<string, double>(StringComparer.Ordinal));
                }
            }
            // Only metrics of committed replications: a replication row is written last in its transaction.
            using (var reader = store.Query("SELECT point_index, replication, metric, value FROM metrics WHERE experiment_id = $e", ("$e", experiment.Id)))
            {
                while (reader.Read())
                {
                    if (byPoint.TryGetValue(reader.GetInt32(0), out var reps) && reps.TryGetValue(reader.GetInt32(1), out var row))
                        row.Values[reader.GetString(2)] = reader.IsDBNull(3) ? double.NaN : reader.GetDouble(3);
                }
            }
            return byPoint.Select(p => new PointReplications(p.Key,
                p.Value.Select(r => (r.Key, r.Value.Seed, (IReadOnlyDictionary<string, double>)r.Value.Values)).ToList())).ToList();
        }
    }

    /// <summary>Mean, sd and 95 % CI of each metric at each point, over the point's stored replications in order.</summary>
    public static IReadOnlyList<(int Point, MetricSummary Summary)> Summaries(IReadOnlyList<PointReplications> replications)
    {
        var list = new List<(int, MetricSummary)>();
        foreach (var point in replications)
        {
            foreach (var key in MetricKeys(replications))
            {
                var values = point.Rows.Select(r => r.Values.TryGetValue(key, out var v) ? v : double.NaN).Where(double.IsFinite).ToArray();
                var (mean, sd, half) = Experiments.Summaries.Interval(values);
                var definition = MetricCatalogue.All.FirstOrDefault(m => m.Key == key);
                list.Add((point.Point, new MetricSummary(key, definition?.Label ?? key, definition?.Unit ?? "", mean, sd, mean - half, mean + half, half, values.Length)));
            }
        }
        return list;
    }

    private static IReadOnlyList<string> MetricKeys(IReadOnlyList<PointReplications> replications)
    {
        // Yearly rows (yearly:<year>:<key>) are the result folders' yearly.csv, not columns of the export.
        var reported = replications.SelectMany(p => p.Rows).SelectMany(r => r.Values.Keys).Where(k => !YearlyRows.IsYearly(k)).ToHashSet(StringComparer.Ordinal);
        var known = MetricCatalogue.All.Select(m => m.Key).Where(reported.Contains).ToList();
        return [.. known, .. reported.Except(known).Order(StringComparer.Ordinal)];
    }

    /// <summary>JSON the store holds (written by Planner): text that no longer parses, or a scenario whose hash no longer matches, is damage.</summary>
    private static JToken StoredJson(ResultStore store, string what, string text, bool hashMatches)
    {
        try
        {
            if (hashMatches)
                return JsonTree.Parse(text);
        }
        catch (Newtonsoft.Json.JsonException)
        {
        }
        throw new StoreException($"{store.Path}: the store is damaged: {what} is not as it was written (its text no longer reads as JSON or matches its hash); "
            + "move the store aside and run again into a new one");
    }

    private static string ExperimentJson(ResultStore store, StoredExperiment experiment, IReadOnlyList<PointRow> points)
    {
        var scenarios = new JArray(store.Scenarios(experiment.Id).Select(s => new JObject
        {
            ["index"] = s.Index, ["name"] = s.Name, ["hash"] = s.Hash,
            ["scenario"] = StoredJson(store, $"scenario {s.Index} (\"{s.Name}\")", s.Json, ExperimentPlan.Sha256(s.Json) == s.Hash),
        }));
        var root = new JObject
        {
            ["format"] = "planner-export/1",
            ["hash"] = experiment.Hash,
            ["definition"] = StoredJson(store, $"the definition of \"{experiment.Name}\"", experiment.Definition, true),
            ["scenarios"] = scenarios,
            ["points"] = new JArray(points.Select(p => new JObject
            {
                ["point"] = p.Point, ["scenario"] = p.Scenario,
                ["parameters"] = new JObject(p.Settings.Select(s => new JProperty(s.Path, s.Value))),
            })),
        };
        return Indented(root);
    }

    private static string PointsCsv(IReadOnlyList<PointRow> points)
    {
        var paths = points.SelectMany(p => p.Settings.Select(s => s.Path)).Distinct().ToList();
        var csv = new Csv().Row(["point", "scenario", .. paths]);
        foreach (var p in points)
        {
            var values = p.Settings.ToDictionary(s => s.Path, s => s.Value, StringComparer.Ordinal);
            csv.Row([Invariant.Number(p.Point), p.ScenarioName, .. paths.Select(path => values.TryGetValue(path, out var v) ? Invariant.Number(v) : "")]);
        }
        return csv.ToString();
    }

    private static string ReplicationsCsv(IReadOnlyList<PointReplications> replications)
    {
        var keys = MetricKeys(replications);
        var csv = new Csv().Row(["point", "replication", "seed", .. keys]);
        foreach (var point in replications)
        {
            foreach (var (replication, seed, values) in point.Rows)
                csv.Row([Invariant.Number(point.Point), Invariant.Number(replication), seed, .. keys.Select(k => N(values.TryGetValue(k, out var v) ? v : double.NaN))]);
        }
        return csv.ToString();
    }

    private static string SummaryCsv(IReadOnlyList<PointReplications> replications)
    {
        var csv = new Csv().Row(["point", "metric", "label", "unit", "mean", "sd", "ci_low", "ci_high", "half_width", "n"]);
        foreach (var (point, m) in Summaries(replications))
            csv.Row([Invariant.Number(point), m.Key, m.Label, m.Unit, N(m.Mean), N(m.Sd), N(m.CiLow), N(m.CiHigh), N(m.HalfWidth), Invariant.Number(m.N)]);
        return csv.ToString();
    }

    private static string SummaryJson(StoredExperiment experiment, IReadOnlyList<PointRow> points, IReadOnlyList<PointReplications> replications)
    {
        var summaries = Summaries(replications).ToLookup(s => s.Point, s => s.Summary);
        var root = new JObject
        {
            ["format"] = "planner-export/1",
            ["experiment"] = experiment.Name,
            ["hash"] = experiment.Hash,
            ["confidence"] = Experiments.Summaries.Confidence,
            ["points"] = new JArray(points.Select(p => new JObject
            {
                ["point"] = p.Point,
                ["scenario"] = p.ScenarioName,
                ["parameters"] = new JObject(p.Settings.Select(s => new JProperty(s.Path, s.Value))),
                ["summary"] = new JArray(summaries[p.Point].Select(m => new JObject
                {
                    ["metric"] = m.Key, ["label"] = m.Label, ["unit"] = m.Unit,
                    ["mean"] = J(m.Mean), ["sd"] = J(m.Sd), ["ciLow"] = J(m.CiLow), ["ciHigh"] = J(m.CiHigh), ["halfWidth"] = J(m.HalfWidth), ["n"] = m.N,
                })),
            })),
        };
        return Indented(root);
    }

    private static void WriteMonthly(ResultStore store, StoredExperiment experiment, string file)
    {
        lock (store.Gate)
        {
            var columns = new List<string>();
            using (var reader = store.Query("SELECT name FROM monthly_columns WHERE experiment_id = $e ORDER BY column_index", ("$e", experiment.Id)))
            {
                while (reader.Read())
                    columns.Add(reader.GetString(0));
            }
            using var writer = new StreamWriter(file, false, Utf8) { NewLine = "\n" };
            writer.Write(new Csv().Row(["point", "replication", .. columns]).ToString());
            using var rows = store.Query("""
                SELECT m.point_index, m.replication, m.column_index, m.series FROM monthly m
                JOIN replications r ON r.experiment_id = m.experiment_id AND r.point_index = m.point_index AND r.replication = m.replication
                WHERE m.experiment_id = $e ORDER BY m.point_index, m.replication, m.column_index
                """, ("$e", experiment.Id));
            var current = (Point: -1, Replication: -1);
            var series = new double[columns.Count][];
            void Flush()
            {
                if (current.Point < 0)
                    return;
                var months = series.Max(s => s?.Length ?? 0);
                for (var m = 0; m < months; m++)
                {
                    var cells = series.Select(s => s is not null && m < s.Length ? N(s[m]) : "");
                    writer.Write(new Csv().Row([Invariant.Number(current.Point), Invariant.Number(current.Replication), .. cells]).ToString());
                }
            }
            while (rows.Read())
            {
                var key = (rows.GetInt32(0), rows.GetInt32(1));
                if (key != current)
                {
                    Flush();
                    current = key;
                    Array.Clear(series);
                }
                series[rows.GetInt32(2)] = MonthlyJson.Read(rows.GetString(3));
            }
            Flush();
        }
    }

    private static JToken J(double value) => double.IsFinite(value) ? new JValue(value) : JValue.CreateNull();

    private static string Indented(JToken token)
    {
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var json = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2 })
            token.WriteTo(json);
        return text + "\n";
    }

    private static string N(double value) => Invariant.Number(value);
}
