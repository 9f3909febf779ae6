using System.Text;
using Newtonsoft.Json;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Files;
using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Store;

/// <summary>
/// The files of one result folder. No timestamps, machine names or culture-dependent text go in,
/// so the same scenario and seed give byte-identical files anywhere.
/// </summary>
public static class ResultFiles
{
    public const string Summary = "summary.csv";
    public const string SummaryJson = "summary.json";
    public const string Replications = "replications.csv";
    public const string Monthly = "monthly.csv";
    public const string Yearly = "yearly.csv";
    public const string YearlyJson = "yearly.json";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes all six files under &lt;output&gt;/&lt;scenario folder&gt;, atomically; returns the folder.</summary>
    public static string WriteAll(string output, Scenario scenario, IReadOnlyList<ReplicationResult> results,
        IReadOnlyList<MetricSummary> summary)
    {
        var folder = Path.Combine(output, ResultFolderName.From(scenario.Name));
        AtomicDirectory.Write(folder, temporary =>
        {
            File.WriteAllText(Path.Combine(temporary, Summary), SummaryCsv(summary), Utf8);
            File.WriteAllText(Path.Combine(temporary, SummaryJson), SummaryJsonText(scenario, summary), Utf8);
            File.WriteAllText(Path.Combine(temporary, Replications), ReplicationsCsv(results), Utf8);
            File.WriteAllText(Path.Combine(temporary, Monthly), MonthlyCsv(results), Utf8);
            var yearly = YearlySummaries.Summarise(results);
            File.WriteAllText(Path.Combine(temporary, Yearly), YearlyCsv(yearly), Utf8);
            File.WriteAllText(Path.Combine(temporary, YearlyJson), YearlyJsonText(yearly), Utf8);
        });
        return folder;
    }

    public static string SummaryCsv(IReadOnlyList<MetricSummary> summary)
    {
        var csv = new Csv().Row(["metric", "label", "unit", "mean", "sd", "ci_low", "ci_high", "half_width", "n"]);
        foreach (var m in summary)
        {
            csv.Row([m.Key, m.Label, m.Unit, N(m.Mean), N(m.Sd), N(m.CiLow), N(m.CiHigh), N(m.HalfWidth),
                Invariant.Number(m.N)]);
        }
        return csv.ToString();
    }

    /// <summary>One row per calendar year and figure (long format, docs/ODD.md §7.13): what calibration reads.</summary>
    public static string YearlyCsv(IReadOnlyList<YearSummary> yearly)
    {
        var csv = new Csv().Row(["year", "months_in_year", "metric", "label", "unit", "mean", "sd", "ci_low", "ci_high", "half_width", "n"]);
        foreach (var y in yearly)
        {
            foreach (var m in y.Metrics)
            {
                csv.Row([Invariant.Number(y.Year), Invariant.Number(y.MonthsInYear), m.Key, m.Label, m.Unit, N(m.Mean), N(m.Sd),
                    N(m.CiLow), N(m.CiHigh), N(m.HalfWidth), Invariant.Number(m.N)]);
            }
        }
        return csv.ToString();
    }

    public static string YearlyJsonText(IReadOnlyList<YearSummary> yearly)
    {
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var json = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2 })
        {
            json.WriteStartObject();
            JsonFields.Text(json, "format", "planner-yearly/1");
            json.WritePropertyName("confidence");
            json.WriteValue(Summaries.Confidence);
            json.WritePropertyName("years");
            json.WriteStartArray();
            foreach (var y in yearly)
            {
                json.WriteStartObject();
                json.WritePropertyName("year");
                json.WriteValue(y.Year);
                json.WritePropertyName("monthsInYear");
                json.WriteValue(y.MonthsInYear);
                json.WritePropertyName("metrics");
                json.WriteStartArray();
                foreach (var m in y.Metrics)
                {
                    json.WriteStartObject();
                    JsonFields.Text(json, "metric", m.Key);
                    JsonFields.Text(json, "label", m.Label);
                    JsonFields.Text(json, "unit", m.Unit);
                    JsonFields.Interval(json, m.Mean, m.Sd, m.CiLow, m.CiHigh, m.HalfWidth, m.N);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return text.ToString() + "\n";
    }

    public static string ReplicationsCsv(IReadOnlyList<ReplicationResult> results)
    {
        var keys = Summaries.MetricKeys(results);
        var csv = new Csv().Row(["replication", "seed", .. keys]);
        foreach (var r in results)
        {
            csv.Row([Invariant.Number(r.Replication), Invariant.Number(r.Seed),
                .. keys.Select(k => N(r.Values.TryGetValue(k, out var v) ? v : double.NaN))]);
        }
        return csv.ToString();
    }

    public static string MonthlyCsv(IReadOnlyList<ReplicationResult> results)
    {
        var columns = results.Count > 0 ? results[0].Monthly.Columns : [];
        foreach (var r in results)
        {
            if (!r.Monthly.Columns.SequenceEqual(columns, StringComparer.Ordinal))
                throw new InvalidOperationException(
                    $"Replication {r.Replication} reports monthly columns that differ from replication {results[0].Replication}'s.");
        }
        var csv = new Csv().Row(["replication", .. columns]);
        foreach (var r in results)
        {
            foreach (var row in r.Monthly.Rows)
                csv.Row([Invariant.Number(r.Replication), .. row.Select(N)]);
        }
        return csv.ToString();
    }

    public static string SummaryJsonText(Scenario scenario, IReadOnlyList<MetricSummary> summary)
    {
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var json = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2 })
        {
            json.WriteStartObject();
            json.WritePropertyName("format");
            json.WriteValue("planner-results/1");
            // The echo is itself a scenario file: every effective value, run settings included.
            json.WritePropertyName("scenario");
            ScenarioJsonWriter.Write(json, scenario);
            json.WritePropertyName("confidence");
            json.WriteValue(Summaries.Confidence);
            json.WritePropertyName("summary");
            json.WriteStartArray();
            foreach (var m in summary)
            {
                json.WriteStartObject();
                JsonFields.Text(json, "metric", m.Key);
                JsonFields.Text(json, "label", m.Label);
                JsonFields.Text(json, "unit", m.Unit);
                JsonFields.Interval(json, m.Mean, m.Sd, m.CiLow, m.CiHigh, m.HalfWidth, m.N);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return text.ToString() + "\n";
    }

    private static string N(double value) => Invariant.Number(value);
}
