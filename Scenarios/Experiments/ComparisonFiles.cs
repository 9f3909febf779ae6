using System.Text;
using Newtonsoft.Json;
using Planner.Scenarios.Files;
using Planner.Scenarios.Store;

namespace Planner.Scenarios.Experiments;

/// <summary>
/// The files of one comparison folder, written atomically like a run's: comparison.csv (one row per
/// metric and scenario: mean and CI, paired difference from the first and its CI, the unpaired
/// half-width), comparison.json (the same with the scenarios echoed) and replications.csv (every
/// scenario's per-replication values, for any other analysis). No timestamps: the same inputs give
/// byte-identical files.
/// </summary>
public static class ComparisonFiles
{
    public const string Csv = "comparison.csv";
    public const string Json = "comparison.json";
    public const string Replications = "replications.csv";
    public const string Monthly = "monthly.csv";
    public const string Yearly = "yearly.csv";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string WriteAll(string output, ComparisonResult result)
    {
        var folder = Path.Combine(output, ComparisonPlan.Name(result.Scenarios.Select(s => s.Scenario.Name).ToList()));
        AtomicDirectory.Write(folder, temporary =>
        {
            WriteComparison(temporary, result);
            File.WriteAllText(Path.Combine(temporary, Replications), ReplicationsCsv(result), Utf8);
            File.WriteAllText(Path.Combine(temporary, Monthly), MonthlyCsv(result), Utf8);
            File.WriteAllText(Path.Combine(temporary, Yearly), YearlyCsv(result), Utf8);
        });
        return folder;
    }

    /// <summary>comparison.csv and comparison.json into a folder being written; an export of a comparison adds them to its own files.</summary>
    public static void WriteComparison(string folder, ComparisonResult result)
    {
        File.WriteAllText(Path.Combine(folder, Csv), ComparisonCsv(result), Utf8);
        File.WriteAllText(Path.Combine(folder, Json), ComparisonJson(result), Utf8);
    }

    public static string ComparisonCsv(ComparisonResult result)
    {
        var csv = new Store.Csv().Row(["metric", "label", "unit", "scenario", "mean", "sd", "ci_low", "ci_high", "half_width", "n",
            "diff_from", "diff_mean", "diff_ci_low", "diff_ci_high", "diff_half_width", "diff_n", "unpaired_half_width"]);
        var first = result.Scenarios[0].Scenario.Name;
        foreach (var key in result.MetricKeys)
        {
            for (int i = 0; i < result.Scenarios.Count; i++)
            {
                var m = result.Summary(i, key);
                var d = result.Difference(i, key);
                csv.Row([key, m.Label, m.Unit, result.Scenarios[i].Scenario.Name, N(m.Mean), N(m.Sd), N(m.CiLow), N(m.CiHigh), N(m.HalfWidth),
                    Invariant.Number(m.N),
                    d is null ? "" : first, D(d?.Mean), D(d?.CiLow), D(d?.CiHigh), D(d?.HalfWidth),
                    d is null ? "" : Invariant.Number(d.N), D(d?.UnpairedHalfWidth)]);
            }
        }
        return csv.ToString();
    }

    public static string ReplicationsCsv(ComparisonResult result)
    {
        var csv = new Store.Csv().Row(["scenario", "replication", "seed", .. result.MetricKeys]);
        foreach (var s in result.Scenarios)
        {
            foreach (var r in s.Results)
            {
                csv.Row([s.Scenario.Name, Invariant.Number(r.Replication), Invariant.Number(r.Seed),
                    .. result.MetricKeys.Select(k => N(r.Values.TryGetValue(k, out var v) ? v : double.NaN))]);
            }
        }
        return csv.ToString();
    }

    /// <summary>Every scenario's monthly series: the run's monthly.csv with the scenario's name in front.</summary>
    public static string MonthlyCsv(ComparisonResult result)
    {
        var columns = result.Scenarios.SelectMany(s => s.Results).Select(r => r.Monthly.Columns).FirstOrDefault(c => c.Count > 0) ?? [];
        var csv = new Store.Csv().Row(["scenario", "replication", .. columns]);
        foreach (var s in result.Scenarios)
        {
            foreach (var r in s.Results)
            {
                if (r.Monthly.Rows.Count > 0 && !r.Monthly.Columns.SequenceEqual(columns, StringComparer.Ordinal))
                    throw new InvalidOperationException($"{s.Scenario.Name}, replication {r.Replication}: monthly columns differ from the other scenarios'.");
                foreach (var row in r.Monthly.Rows)
                    csv.Row([s.Scenario.Name, Invariant.Number(r.Replication), .. row.Select(N)]);
            }
        }
        return csv.ToString();
    }

    /// <summary>One row per calendar year, yearly figure and scenario: mean and CI, and the paired difference from the first.</summary>
    public static string YearlyCsv(ComparisonResult result)
    {
        var csv = new Store.Csv().Row(["year", "months_in_year", "metric", "label", "unit", "scenario", "mean", "sd", "ci_low", "ci_high", "half_width", "n",
            "diff_from", "diff_mean", "diff_ci_low", "diff_ci_high", "diff_half_width", "diff_n", "unpaired_half_width"]);
        var summaries = result.Scenarios.Select(s => YearlySummaries.Summarise(s.Results)).ToList();
        var first = result.Scenarios[0].Scenario.Name;
        foreach (var year in summaries[0])
        {
            foreach (var m0 in year.Metrics)
            {
                for (int i = 0; i < result.Scenarios.Count; i++)
                {
                    var m = summaries[i].FirstOrDefault(y => y.Year == year.Year)?.Get(m0.Key);
                    if (m is null) continue;
                    var d = i == 0 ? null : YearlySummaries.Paired(year.Year, m0.Key, result.Scenarios[0].Results, result.Scenarios[i].Results);
                    csv.Row([Invariant.Number(year.Year), Invariant.Number(year.MonthsInYear), m.Key, m.Label, m.Unit, result.Scenarios[i].Scenario.Name,
                        N(m.Mean), N(m.Sd), N(m.CiLow), N(m.CiHigh), N(m.HalfWidth), Invariant.Number(m.N),
                        d is null ? "" : first, D(d?.Mean), D(d?.CiLow), D(d?.CiHigh), D(d?.HalfWidth),
                        d is null ? "" : Invariant.Number(d.N), D(d?.UnpairedHalfWidth)]);
                }
            }
        }
        return csv.ToString();
    }

    public static string ComparisonJson(ComparisonResult result)
    {
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var json = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2 })
        {
            json.WriteStartObject();
            JsonFields.Text(json, "format", "planner-comparison/1");
            json.WritePropertyName("run");
            ScenarioJsonWriter.WriteValue(json, FieldSchema.ShapeOf(typeof(RunSettings)), result.Run);
            json.WritePropertyName("confidence");
            json.WriteValue(Summaries.Confidence);
            json.WritePropertyName("differencesFrom");
            json.WriteValue(result.Scenarios[0].Scenario.Name);
            json.WritePropertyName("scenarios");
            json.WriteStartArray();
            foreach (var s in result.Scenarios)
            {
                json.WriteStartObject();
                JsonFields.Text(json, "file", s.File);
                json.WritePropertyName("scenario");
                ScenarioJsonWriter.Write(json, s.Scenario);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WritePropertyName("metrics");
            json.WriteStartArray();
            foreach (var key in result.MetricKeys)
                WriteMetric(json, result, key);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return text + "\n";
    }

    private static void WriteMetric(JsonWriter json, ComparisonResult result, string key)
    {
        var first = result.Summary(0, key);
        json.WriteStartObject();
        JsonFields.Text(json, "metric", key);
        JsonFields.Text(json, "label", first.Label);
        JsonFields.Text(json, "unit", first.Unit);
        json.WritePropertyName("scenarios");
        json.WriteStartArray();
        for (int i = 0; i < result.Scenarios.Count; i++)
        {
            var m = result.Summary(i, key);
            json.WriteStartObject();
            JsonFields.Text(json, "name", result.Scenarios[i].Scenario.Name);
            JsonFields.Interval(json, m.Mean, m.Sd, m.CiLow, m.CiHigh, m.HalfWidth, m.N);
            if (result.Difference(i, key) is { } d)
            {
                json.WritePropertyName("difference");
                json.WriteStartObject();
                JsonFields.Interval(json, d.Mean, d.Sd, d.CiLow, d.CiHigh, d.HalfWidth, d.N);
                JsonFields.Number(json, "unpairedHalfWidth", d.UnpairedHalfWidth);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string N(double value) => Invariant.Number(value);
    private static string D(double? value) => value is { } v ? N(v) : "";
}
