using System.Globalization;
using Newtonsoft.Json.Linq;
using Planner.Scenarios.Experiments;
using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Charts;

/// <summary>A folder that is not a readable results folder: the message names the folder, the file and what is wrong.</summary>
public sealed class ResultsFolderException(string message) : Exception(message);

/// <summary>
/// Turns a results folder into chart records. A run's folder (`planner run`) has summary.json and monthly.csv; a
/// comparison's (`planner compare`) has comparison.json and, since charts exist, monthly.csv with a scenario column.
/// yearly.csv is read when present; without it the cost per calendar year is summed from monthly.csv.
/// </summary>
public static class ResultsFolder
{
    public const string Summary = "summary.json";
    public const string Comparison = "comparison.json";
    public const string Monthly = "monthly.csv";
    public const string Yearly = "yearly.csv";

    /// <summary>Whether the folder looks like a run's or a comparison's results (the report and plot commands accept both).</summary>
    public static bool IsResultsFolder(string folder) =>
        File.Exists(Path.Combine(folder, Summary)) || File.Exists(Path.Combine(folder, Comparison));

    public static ResultData Read(string folder)
    {
        if (!Directory.Exists(folder))
            throw new ResultsFolderException(File.Exists(folder)
                ? $"{folder}: is a file; give the results folder that `planner run` or `planner compare` wrote (it holds {Summary} or {Comparison})."
                : $"{folder}: no such folder; give the results folder that `planner run` or `planner compare` wrote.");
        if (File.Exists(Path.Combine(folder, Comparison)))
            return ReadComparison(folder);
        if (File.Exists(Path.Combine(folder, Summary)))
            return ReadRun(folder);
        throw new ResultsFolderException(
            $"{folder}: not a results folder: it has neither {Summary} (written by `planner run`) nor {Comparison} (written by `planner compare`).");
    }

    private static ResultData ReadRun(string folder)
    {
        var path = Path.Combine(folder, Summary);
        var root = ReadJson(path);
        if (root["format"]?.Type == JTokenType.String && (string)root["format"]! == "planner-export/1")
            throw new ResultsFolderException($"{path}: an export of a store's experiment (`planner export`); charts and reports are drawn from "
                + "the folder `planner run` writes (<output>/<scenario>) or from a comparison's, exported or not.");
        Expect(path, root, "format", "planner-results/1");
        var scenario = Object(path, root, "scenario");
        var summary = Array(path, root, "summary").Select((m, i) => Estimate(path, $"summary[{i}]", m)).ToList();
        var monthly = ReadMonthly(folder, null);
        var (yearly, _) = ReadYearly(folder, null);
        return new ResultData("run", [Scenario(path, scenario, "", monthly.GetValueOrDefault(""), summary, yearly.GetValueOrDefault(""))], []);
    }

    private static ResultData ReadComparison(string folder)
    {
        var path = Path.Combine(folder, Comparison);
        var root = ReadJson(path);
        Expect(path, root, "format", "planner-comparison/1");
        var scenarios = Array(path, root, "scenarios");
        if (scenarios.Count < 2)
            throw new ResultsFolderException($"{path}: \"scenarios\" lists {scenarios.Count} scenario(s); a comparison has at least two.");
        var names = scenarios.Select((s, i) => Text(path, Object(path, (JObject)s, "scenario"), "name")).ToList();
        var summaries = names.ToDictionary(n => n, _ => new List<MetricEstimate>());
        var differences = new List<PairedDifference>();
        var metrics = Array(path, root, "metrics");
        for (int i = 0; i < metrics.Count; i++)
        {
            var metric = (JObject)metrics[i];
            var key = Text(path, metric, "metric");
            var perScenario = Array(path, metric, "scenarios");
            double referenceMean = double.NaN;
            for (int j = 0; j < perScenario.Count; j++)
            {
                var at = $"metrics[{i}].scenarios[{j}]";
                var entry = (JObject)perScenario[j];
                var name = Text(path, entry, "name");
                var estimate = Estimate(path, at, entry, key);
                if (j == 0)
                    referenceMean = estimate.Mean;
                if (summaries.TryGetValue(name, out var list))
                    list.Add(estimate);
                if (entry["difference"] is JObject d)
                {
                    var diff = Estimate(path, at + ".difference", d, key);
                    differences.Add(new PairedDifference(key, name, referenceMean, diff.Mean, diff.CiLow, diff.CiHigh, diff.N));
                }
            }
        }
        var monthly = ReadMonthly(folder, names);
        var (yearly, yearlyDifferences) = ReadYearly(folder, names);
        var data = scenarios.Select((s, i) =>
        {
            var entry = (JObject)s;
            var file = entry["file"]?.Type == JTokenType.String ? (string)entry["file"]! : "";
            return Scenario(path, Object(path, entry, "scenario"), file, monthly.GetValueOrDefault(names[i]), summaries[names[i]],
                yearly.GetValueOrDefault(names[i]));
        }).ToList();
        return new ResultData("comparison", data, differences) { YearlyDifferences = yearlyDifferences };
    }

    private static ScenarioData Scenario(string path, JObject scenario, string file, IReadOnlyList<ReplicationSeries>? monthly,
        IReadOnlyList<MetricEstimate> summary, IReadOnlyList<YearEstimates>? yearly)
    {
        var name = Text(path, scenario, "name");
        var start = scenario["startDate"]?.Type == JTokenType.String
            && DateOnly.TryParseExact((string)scenario["startDate"]!, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : new DateOnly(2027, 1, 1);
        var run = scenario["run"] as JObject;
        var seed = run?["seed"]?.Type == JTokenType.Integer ? (ulong)run["seed"]! : 0UL;
        var replications = run?["replications"]?.Type == JTokenType.Integer ? (int)run["replications"]! : monthly?.Count ?? 0;
        var years = run?["years"]?.Type is JTokenType.Float or JTokenType.Integer ? (double)run["years"]! : double.NaN;
        var json = scenario.ToString(Newtonsoft.Json.Formatting.Indented) + "\n";
        return new ScenarioData(name, start, seed, replications, years, json, file, monthly ?? [], summary, yearly ?? []);
    }

    /// <summary>
    /// yearly.csv (long format: one row per year and figure, and for a comparison per scenario with the paired
    /// difference from the first) by scenario name ("" for a run's); empty if the folder has none.
    /// </summary>
    private static (Dictionary<string, IReadOnlyList<YearEstimates>>, IReadOnlyList<YearDifference>) ReadYearly(string folder, IReadOnlyList<string>? scenarios)
    {
        var path = Path.Combine(folder, Yearly);
        var result = new Dictionary<string, IReadOnlyList<YearEstimates>>(StringComparer.Ordinal);
        var differences = new List<YearDifference>();
        if (!File.Exists(path))
            return (result, differences);
        var rows = CsvRows.Parse(File.ReadAllText(path));
        if (rows.Count == 0)
            return (result, differences);
        var header = rows[0];
        int Col(string name, bool required = true)
        {
            var i = System.Array.IndexOf(header, name);
            if (i < 0 && required)
                throw new ResultsFolderException($"{path}: the header has no \"{name}\" column; is this a yearly.csv written by Planner?");
            return i;
        }
        int year = Col("year"), months = Col("months_in_year"), metric = Col("metric"), mean = Col("mean"), low = Col("ci_low"), high = Col("ci_high"), n = Col("n");
        int scenario = Col("scenario", scenarios is not null), diffMean = Col("diff_mean", false), diffLow = Col("diff_ci_low", false),
            diffHigh = Col("diff_ci_high", false), diffN = Col("diff_n", false);
        var byScenario = new Dictionary<string, SortedDictionary<int, (int Months, List<MetricEstimate> Metrics)>>(StringComparer.Ordinal);
        var referenceMeans = new Dictionary<(int, string), double>();
        var reference = scenarios?[0] ?? "";
        for (int r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.Length == 1 && row[0].Length == 0)
                continue;
            if (row.Length != header.Length)
                throw new ResultsFolderException($"{path}: line {r + 1} has {row.Length} cells; the header has {header.Length}.");
            var name = scenario < 0 ? "" : row[scenario];
            var y = (int)Number(path, r, "year", row[year]);
            var estimate = new MetricEstimate(row[metric], Number(path, r, "mean", row[mean]), Number(path, r, "ci_low", row[low]),
                Number(path, r, "ci_high", row[high]), (int)NumberOrZero(path, r, "n", row[n]));
            if (!byScenario.TryGetValue(name, out var years))
                byScenario[name] = years = new SortedDictionary<int, (int, List<MetricEstimate>)>();
            if (!years.TryGetValue(y, out var entry))
                years[y] = entry = ((int)NumberOrZero(path, r, "months_in_year", row[months]), []);
            entry.Metrics.Add(estimate);
            if (name == reference)
                referenceMeans[(y, estimate.Key)] = estimate.Mean;
            if (diffMean >= 0 && row[diffMean].Length > 0)
            {
                differences.Add(new YearDifference(y, new PairedDifference(estimate.Key, name,
                    referenceMeans.TryGetValue((y, estimate.Key), out var m) ? m : double.NaN,
                    Number(path, r, "diff_mean", row[diffMean]), Number(path, r, "diff_ci_low", row[diffLow]),
                    Number(path, r, "diff_ci_high", row[diffHigh]), (int)NumberOrZero(path, r, "diff_n", row[diffN]))));
            }
        }
        foreach (var (name, years) in byScenario)
            result[name] = years.Select(kv => new YearEstimates(kv.Key, kv.Value.Months, kv.Value.Metrics)).ToList();
        return (result, differences);
    }

    private static double NumberOrZero(string path, int row, string column, string text)
    {
        var v = Number(path, row, column, text);
        return double.IsFinite(v) ? v : 0;
    }

    /// <summary>monthly.csv by scenario name ("" for a run's, which has no scenario column); empty if the folder has none.</summary>
    private static Dictionary<string, IReadOnlyList<ReplicationSeries>> ReadMonthly(string folder, IReadOnlyList<string>? scenarios)
    {
        var path = Path.Combine(folder, Monthly);
        var result = new Dictionary<string, IReadOnlyList<ReplicationSeries>>(StringComparer.Ordinal);
        if (!File.Exists(path))
            return result;
        var rows = CsvRows.Parse(File.ReadAllText(path));
        if (rows.Count == 0)
            return result;
        var header = rows[0];
        var scenarioColumn = System.Array.IndexOf(header, "scenario");
        // An exported comparison (`planner export`) numbers its scenarios as points 0, 1, … in comparison order.
        var pointColumn = System.Array.IndexOf(header, "point");
        if (scenarioColumn < 0 && pointColumn >= 0 && scenarios is not null)
            scenarioColumn = pointColumn;
        var replicationColumn = System.Array.IndexOf(header, "replication");
        if (replicationColumn < 0 || System.Array.IndexOf(header, "month") < 0)
            throw new ResultsFolderException($"{path}: the header has no \"replication\" and \"month\" columns; is this a monthly.csv written by Planner?");
        if (scenarios is not null && scenarioColumn < 0)
            throw new ResultsFolderException($"{path}: a comparison's monthly.csv needs a \"scenario\" (or an export's \"point\") column.");
        var valueColumns = Enumerable.Range(0, header.Length).Where(i => i != scenarioColumn && i != pointColumn && i != replicationColumn).ToArray();
        var columns = valueColumns.Select(i => header[i]).ToList();
        var groups = new Dictionary<(string, int), List<double[]>>();
        var order = new List<(string, int)>();
        for (int r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.Length == 1 && row[0].Length == 0)
                continue;
            if (row.Length != header.Length)
                throw new ResultsFolderException($"{path}: line {r + 1} has {row.Length} cells; the header has {header.Length}.");
            var scenario = scenarioColumn < 0 ? "" : row[scenarioColumn];
            if (scenarioColumn == pointColumn && scenarios is not null)
                scenario = int.TryParse(scenario, NumberStyles.None, CultureInfo.InvariantCulture, out var point) && point < scenarios.Count
                    ? scenarios[point]
                    : throw new ResultsFolderException($"{path}: line {r + 1}: point '{scenario}' is not one of the comparison's {scenarios.Count} scenarios.");
            var replication = (int)Number(path, r, header[replicationColumn], row[replicationColumn]);
            var values = new double[valueColumns.Length];
            for (int c = 0; c < valueColumns.Length; c++)
                values[c] = Number(path, r, header[valueColumns[c]], row[valueColumns[c]]);
            if (!groups.TryGetValue((scenario, replication), out var list))
            {
                groups[(scenario, replication)] = list = [];
                order.Add((scenario, replication));
            }
            list.Add(values);
        }
        foreach (var group in order.GroupBy(k => k.Item1))
            result[group.Key] = group.Select(k => new ReplicationSeries(k.Item2, new MonthlySeries(columns, groups[k]))).ToList();
        return result;
    }

    private static double Number(string path, int row, string column, string text)
    {
        if (text.Length == 0)
            return double.NaN;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            return v;
        throw new ResultsFolderException($"{path}: line {row + 1}, column \"{column}\": '{text}' is not a number.");
    }

    private static MetricEstimate Estimate(string path, string at, JToken token, string? key = null)
    {
        if (token is not JObject m)
            throw new ResultsFolderException($"{path}: {at} is not an object.");
        return new MetricEstimate(key ?? Text(path, m, "metric"), Num(m, "mean"), Num(m, "ciLow"), Num(m, "ciHigh"),
            m["n"]?.Type == JTokenType.Integer ? (int)m["n"]! : 0);
    }

    private static double Num(JObject o, string name) =>
        o[name]?.Type is JTokenType.Float or JTokenType.Integer ? (double)o[name]! : double.NaN;

    private static JObject ReadJson(string path)
    {
        try
        {
            return JsonTree.Parse(File.ReadAllText(path)) as JObject
                ?? throw new ResultsFolderException($"{path}: the file is not a JSON object.");
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            throw new ResultsFolderException($"{path}: not valid JSON: {e.Message}");
        }
    }

    private static void Expect(string path, JObject root, string name, string value)
    {
        if (root[name]?.Type != JTokenType.String || (string)root[name]! != value)
            throw new ResultsFolderException($"{path}: \"{name}\" is {root[name]?.ToString(Newtonsoft.Json.Formatting.None) ?? "missing"}; this version of Planner reads \"{value}\".");
    }

    private static JObject Object(string path, JObject parent, string name) =>
        parent[name] as JObject ?? throw new ResultsFolderException($"{path}: \"{name}\" is missing or not an object.");

    private static JArray Array(string path, JObject parent, string name) =>
        parent[name] as JArray ?? throw new ResultsFolderException($"{path}: \"{name}\" is missing or not an array.");

    private static string Text(string path, JObject parent, string name) =>
        parent[name]?.Type == JTokenType.String ? (string)parent[name]! : throw new ResultsFolderException($"{path}: \"{name}\" is missing or not text.");
}
