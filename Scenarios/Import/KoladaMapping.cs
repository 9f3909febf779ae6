using System.Globalization;
using Planner.Scenarios.Calibration;
using Planner.Scenarios.Files;

namespace Planner.Scenarios.Import;

/// <summary>One Kolada KPI and how its value becomes a model figure.</summary>
/// <param name="Metric">The model metric (a calendar-year key of yearly.csv); empty: the KPI has no model figure and is skipped.</param>
/// <param name="Transform">none (as published), percent (÷ 100) or complement_percent (1 − value ÷ 100, e.g. "not back within a year" → re-entry).</param>
/// <param name="RelativeSe">The SE given to an imported value as a share of it (Kolada publishes no uncertainty).</param>
public sealed record KoladaKpi(string Code, string Title, string Unit, string Metric, string Transform, double RelativeSe, string Verified, string Note)
{
    public double Apply(double value) => Transform switch
    {
        KoladaMapping.Percent => value / 100,
        KoladaMapping.ComplementPercent => 1 - value / 100,
        _ => value,
    };
}

/// <summary>
/// The mapping file (data/kolada-mapping.csv): which KPI codes the importer knows, their titles and units, and the
/// model metric each becomes. A code that is not in the mapping is an error, never guessed.
/// </summary>
public static class KoladaMapping
{
    public const string None = "none";
    public const string Percent = "percent";
    public const string ComplementPercent = "complement_percent";
    public static readonly string[] Transforms = [None, Percent, ComplementPercent];
    private static readonly string[] Columns = ["kpi", "title", "unit", "metric", "transform", "relative_se", "verified", "note"];

    public static (IReadOnlyList<KoladaKpi> Kpis, IReadOnlyList<ScenarioError> Errors) Load(string file)
    {
        var errors = new List<ScenarioError>();
        var text = InputFile.ReadText(file, "Kolada mapping file", TargetFile.MaxBytes, errors);
        if (text is null)
            return ([], errors);
        var rows = CsvText.Parse(text, ',', out var csvError);
        if (csvError is not null)
            return ([], [new ScenarioError(file, null, csvError)]);
        if (rows.Count == 0)
            return ([], [new ScenarioError(file, null, $"is empty; expected the header {string.Join(",", Columns)}")]);
        var index = rows[0].Select((c, i) => (c.Text.Trim(), i)).ToDictionary(x => x.Item1, x => x.i);
        foreach (var missing in Columns.Where(c => !index.ContainsKey(c)))
            errors.Add(new ScenarioError(file, null, $"no \"{missing}\" column; the header must be {string.Join(",", Columns)}", 1, 1));
        if (errors.Count > 0)
            return ([], errors);
        var kpis = new List<KoladaKpi>();
        foreach (var row in rows.Skip(1).Where(r => r.Any(c => c.Text.Trim().Length > 0)))
        {
            string Cell(string name) => index[name] < row.Count ? row[index[name]].Text.Trim() : "";
            void Error(string name, string message) =>
                errors.Add(new ScenarioError(file, name, message, row[0].Line, index[name] < row.Count ? row[index[name]].Column : 1));
            var code = Cell("kpi");
            if (code.Length == 0)
                Error("kpi", "empty; expected a Kolada KPI code, e.g. N31807");
            var metric = Cell("metric");
            if (metric.Length > 0 && TargetMetrics.Check(metric, 2000) is { } problem)
                Error("metric", problem);
            var transform = Cell("transform").Length == 0 ? None : Cell("transform");
            if (!Transforms.Contains(transform))
                Error("transform", $"\"{transform}\" is not a transform; expected one of {string.Join(", ", Transforms)}");
            var se = 0.05;
            if (Cell("relative_se") is { Length: > 0 } seText && !(double.TryParse(seText, NumberStyles.Float, CultureInfo.InvariantCulture, out se) && se > 0 && se < 10))
                Error("relative_se", $"\"{seText}\" is not allowed; expected a share above 0, e.g. 0.05");
            if (kpis.Any(k => k.Code == code))
                Error("kpi", $"\"{code}\" is given twice");
            kpis.Add(new KoladaKpi(code, Cell("title"), Cell("unit"), metric, transform, se, Cell("verified"), Cell("note")));
        }
        return errors.Count > 0 ? ([], errors) : (kpis, []);
    }
}
