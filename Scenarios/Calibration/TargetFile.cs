using System.Globalization;
using Planner.Scenarios.Files;
using Planner.Scenarios.Store;

namespace Planner.Scenarios.Calibration;

/// <summary>The outcome of reading a targets file: targets only when there are no errors.</summary>
public sealed record TargetLoad(string File, IReadOnlyList<Target> Targets, IReadOnlyList<ScenarioError> Errors, string Sha256)
{
    public bool Ok => Errors.Count == 0;
}

/// <summary>
/// Reads and writes a targets file (data/README.md): CSV, comma-separated, invariant culture, one row per
/// figure with the columns below. Every problem is reported at once, each naming the file, line, column
/// and what is allowed; nothing is used unless the whole file checks out.
/// </summary>
public static class TargetFile
{
    public static readonly string[] Columns = ["metric", "year", "value", "se", "low", "high", "source", "weight", "place", "note"];
    private static readonly string[] Required = ["metric", "value", "source"];

    public static TargetLoad Load(string file)
    {
        var errors = new List<ScenarioError>();
        var text = InputFile.ReadText(file, "targets file", MaxBytes, errors);
        return text is null ? new TargetLoad(file, [], errors, "") : Parse(file, text);
    }

    /// <summary>The largest targets file read; a real one holds a few dozen rows.</summary>
    public const long MaxBytes = 4 * 1024 * 1024;

    public static TargetLoad Parse(string file, string text)
    {
        var hash = ExperimentHash(text);
        var rows = CsvText.Parse(text, ',', out var csvError);
        if (csvError is not null)
            return Failed(file, csvError, hash);
        if (rows.Count == 0)
            return Failed(file, $"is empty; expected a header line with the columns {string.Join(",", Columns)}", hash);
        var errors = new List<ScenarioError>();
        var header = rows[0];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < header.Count; c++)
        {
            var name = header[c].Text.Trim();
            if (!Columns.Contains(name))
            {
                var near = TextMatching.Closest(name, Columns);
                errors.Add(new ScenarioError(file, null, $"unknown column \"{name}\"{(near is null ? "" : $"; did you mean \"{near}\"?")} (allowed: {string.Join(", ", Columns)})", header[c].Line, header[c].Column));
            }
            else if (!index.TryAdd(name, c))
            {
                errors.Add(new ScenarioError(file, null, $"column \"{name}\" appears twice", header[c].Line, header[c].Column));
            }
        }
        foreach (var name in Required.Where(r => !index.ContainsKey(r)))
            errors.Add(new ScenarioError(file, null, $"no \"{name}\" column; the header needs at least {string.Join(", ", Required)} and either se or low and high", 1, 1));
        if (!index.ContainsKey("se") && !(index.ContainsKey("low") && index.ContainsKey("high")))
            errors.Add(new ScenarioError(file, null, "no uncertainty columns; give \"se\" (a standard error) or \"low\" and \"high\" (a range read as a 95 % interval)", 1, 1));
        if (errors.Count > 0)
            return new TargetLoad(file, [], errors, hash);

        var targets = new List<Target>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.All(c => c.Text.Trim().Length == 0))
                continue;
            var line = row[0].Line;
            if (row.Count > header.Count)
            {
                errors.Add(new ScenarioError(file, null, $"{row.Count} cells but the header has {header.Count} columns; quote a cell that holds a comma", line, row[header.Count].Column));
                continue;
            }
            var target = ReadRow(file, row, index, line, errors);
            if (target is null)
                continue;
            if (seen.TryGetValue(target.Key, out var first))
                errors.Add(new ScenarioError(file, "metric", $"\"{target.Key}\" is given twice (first on line {first}); one figure per metric and year", line, Cell(row, index, "metric")?.Column ?? 1));
            else
                seen[target.Key] = line;
            targets.Add(target);
        }
        if (errors.Count == 0 && targets.Count == 0)
            errors.Add(new ScenarioError(file, null, "holds a header but no targets; expected one row per observed figure", 1, 1));
        return errors.Count > 0 ? new TargetLoad(file, [], errors, hash) : new TargetLoad(file, targets, [], hash);
    }

    private static Target? ReadRow(string file, IReadOnlyList<CsvCell> row, Dictionary<string, int> index, int line, List<ScenarioError> errors)
    {
        var before = errors.Count;
        void Error(string column, string message) =>
            errors.Add(new ScenarioError(file, column, message, line, Cell(row, index, column)?.Column ?? (row.Count > 0 ? row[^1].Column : 1)));
        string Text(string column) => Cell(row, index, column)?.Text.Trim() ?? "";
        double? Number(string column, string expected)
        {
            var text = Text(column);
            if (text.Length == 0)
                return null;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
                return value;
            Error(column, $"\"{text}\" is not a number; expected {expected}, written with a decimal point (e.g. 0.367)");
            return null;
        }

        var metric = Text("metric");
        int? year = null;
        var yearText = Text("year");
        if (yearText.Length > 0)
        {
            if (int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2200)
                year = y;
            else
                Error("year", $"\"{yearText}\" is not a calendar year; expected a whole number from 1900 to 2200, or empty for the horizon average");
        }
        if (metric.Length == 0)
            Error("metric", $"empty; expected a metric key, e.g. {Simulation.Metrics.MetricCatalogue.LongTermShare}");
        else if (TargetMetrics.Check(metric, yearText.Length > 0 && year is null ? null : year) is { } problem)
            Error("metric", problem);

        var value = Number("value", "the observed figure in the metric's unit");
        if (value is null && Text("value").Length == 0)
            Error("value", "empty; expected the observed figure in the metric's unit");
        var se = Number("se", "a standard error above 0");
        var low = Number("low", "the lower end of a range");
        var high = Number("high", "the upper end of a range");
        double standardError = double.NaN;
        if (se is { } s)
        {
            if (s <= 0)
                Error("se", $"{Invariant.Number(s)} is not allowed; expected a standard error above 0");
            if (low is not null || high is not null)
                Error(low is not null ? "low" : "high", "both se and a range are given; give one uncertainty: se, or low and high");
            standardError = s;
        }
        else if (low is { } l && high is { } h)
        {
            if (!(l < h))
                Error("high", $"the range {Invariant.Number(l)}–{Invariant.Number(h)} is empty; expected low < high");
            else if (value is { } v && (v < l || v > h))
                Error("value", $"{Invariant.Number(v)} lies outside its range {Invariant.Number(l)}–{Invariant.Number(h)}; expected low ≤ value ≤ high");
            standardError = Target.StandardErrorOfRange(l, h);
        }
        else if (errors.Count == before)
        {
            Error(low is null && high is not null ? "low" : high is null && low is not null ? "high" : "se",
                "no uncertainty; give se (a standard error) or both low and high (a range read as a 95 % interval)");
        }

        var source = Text("source");
        if (source.Length == 0)
            Error("source", "empty; every target needs its source: a seed report's file name (e.g. 003_b614f57c48d411ad.txt), PUB with the publisher, or a database and table");
        var weight = Number("weight", "a weight of 0 or more (0: reported, not fitted)") ?? 1;
        if (weight < 0)
            Error("weight", $"{Invariant.Number(weight)} is not allowed; expected 0 or more (0: reported, not fitted)");
        if (errors.Count > before)
            return null;
        return new Target(metric, year, value!.Value, standardError, source, weight, Text("place"), Text("note"), se is null ? low : null, se is null ? high : null);
    }

    private static CsvCell? Cell(IReadOnlyList<CsvCell> row, Dictionary<string, int> index, string column) =>
        index.TryGetValue(column, out var c) && c < row.Count ? row[c] : null;

    /// <summary>Writes a targets file atomically: the old file stays whole until the new one is complete.</summary>
    public static void Write(string file, IReadOnlyList<Target> targets)
    {
        var csv = new Csv().Row(Columns);
        foreach (var t in targets)
        {
            csv.Row([
                t.Metric, t.Year?.ToString(CultureInfo.InvariantCulture) ?? "", Invariant.Number(t.Value),
                t.Low is null ? Invariant.Number(t.StandardError) : "",
                t.Low is { } l ? Invariant.Number(l) : "", t.High is { } h ? Invariant.Number(h) : "",
                t.Source, Invariant.Number(t.Weight), t.Place, t.Note,
            ]);
        }
        AtomicFile.Write(file, csv.ToString());
    }

    private static string ExperimentHash(string text) => Experiments.ExperimentPlan.Sha256(text);

    private static TargetLoad Failed(string file, string message, string hash = "") =>
        new(file, [], [new ScenarioError(file, null, message)], hash);
}
