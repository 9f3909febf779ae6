using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Planner.Scenarios.Calibration;
using Planner.Scenarios.Files;

namespace Planner.Scenarios.Import;

/// <summary>
/// Reads saved responses of Kolada's data API, <c>/v2/data/kpi/{kpi}/municipality/{id}</c> or the same under
/// v3: <c>{"count", "values": [{"kpi", "municipality", "period", "values": [{"gender": "T|K|M", "status",
/// "value", "count"}]}], "next_page"|"next_url"}</c>. Only the total (gender T) is imported. A value that is
/// null or carries a status flag is not a figure: it is skipped and listed. Errors stop the whole import: a
/// KPI code the mapping does not know, a second municipality in the files, a figure given twice, a page chain
/// with its last page missing, anything that is not such a response. No network: the researcher downloads the
/// pages (README), the importer only reads files.
/// </summary>
public static class KoladaImport
{
    public static ImportResult Read(IReadOnlyList<string> files, IReadOnlyList<KoladaKpi> mapping, string? municipality)
    {
        var errors = new List<ScenarioError>();
        var skipped = new List<string>();
        var targets = new List<Target>();
        var seen = new Dictionary<(string Kpi, int Year), string>();
        string? expected = municipality;
        string? expectedFrom = municipality is null ? null : "--municipality";
        var withNext = 0;
        foreach (var file in files)
        {
            var root = JsonText.ReadFile(file, "Kolada response", errors);
            if (root is null)
                continue;
            void Error(JToken token, string path, string message)
            {
                var info = (IJsonLineInfo)token;
                errors.Add(info.HasLineInfo() ? new ScenarioError(file, path, message, info.LineNumber, info.LinePosition) : new ScenarioError(file, path, message));
            }
            if (root is not JObject json || json["values"] is not JArray values)
            {
                Error(root, "$", "not a Kolada data response; expected an object with a \"values\" list, as api.kolada.se/v2/data/kpi/{kpi}/municipality/{id} returns");
                continue;
            }
            var next = json["next_page"] ?? json["next_url"];
            if (next is { Type: not JTokenType.Null })
                withNext++;
            for (var i = 0; i < values.Count; i++)
            {
                var path = $"$.values[{i}]";
                if (values[i] is not JObject entry)
                {
                    Error(values[i], path, "expected an object with kpi, municipality, period and values");
                    continue;
                }
                var code = entry["kpi"]?.Type == JTokenType.String ? (string)entry["kpi"]! : null;
                var place = entry["municipality"]?.Type is JTokenType.String or JTokenType.Integer ? entry["municipality"]!.ToString() : null;
                var periodToken = entry["period"];
                int? period = periodToken?.Type == JTokenType.Integer ? (int)periodToken : periodToken?.Type == JTokenType.String && int.TryParse((string)periodToken!, out var p) ? p : null;
                if (code is null)
                {
                    Error(entry, path + ".kpi", "missing or not text; expected a KPI code such as \"N31807\"");
                    continue;
                }
                if (place is null)
                {
                    Error(entry, path + ".municipality", "missing; expected the municipality's four-digit code, e.g. \"1442\"");
                    continue;
                }
                if (period is not (>= 1900 and <= 2200))
                {
                    Error(entry, path + ".period", $"{periodToken?.ToString(Formatting.None) ?? "missing"} is not a year; expected e.g. 2019");
                    continue;
                }
                var kpi = mapping.FirstOrDefault(k => k.Code == code);
                if (kpi is null)
                {
                    var near = TextMatching.Closest(code, mapping.Select(k => k.Code));
                    Error(entry["kpi"]!, path + ".kpi", $"\"{code}\" is not in the KPI mapping{(near is null ? "" : $"; did you mean \"{near}\"?")} (known: {string.Join(", ", mapping.Select(k => k.Code))}); add it to the mapping file with its model metric");
                    continue;
                }
                if (expected is null)
                {
                    (expected, expectedFrom) = (place, $"{file} {path}");
                }
                else if (place != expected)
                {
                    Error(entry["municipality"]!, path + ".municipality", $"\"{place}\" is another municipality than \"{expected}\" (from {expectedFrom}); import one municipality at a time");
                    continue;
                }
                if (entry["values"] is not JArray genders)
                {
                    Error(entry, path + ".values", "missing; expected a list of {gender, status, value, count}");
                    continue;
                }
                var total = genders.OfType<JObject>().FirstOrDefault(g => (string?)g["gender"] == "T");
                if (total is null)
                {
                    skipped.Add($"{code} {period}: no total (gender T) in {file} {path}");
                    continue;
                }
                var status = total["status"]?.Type == JTokenType.String ? (string)total["status"]! : "";
                var valueToken = total["value"];
                if (valueToken is null || valueToken.Type == JTokenType.Null)
                {
                    skipped.Add($"{code} {period}: no value{(status.Length > 0 ? $" (status \"{status}\")" : "")}");
                    continue;
                }
                if (valueToken.Type is not (JTokenType.Integer or JTokenType.Float))
                {
                    Error(valueToken, path + ".values[T].value", $"{valueToken.ToString(Formatting.None)} is not a number");
                    continue;
                }
                if (status.Length > 0)
                {
                    skipped.Add($"{code} {period}: value {valueToken} flagged with status \"{status}\"; not used");
                    continue;
                }
                if (kpi.Metric.Length == 0)
                {
                    skipped.Add($"{code} {period}: {kpi.Title} has no model figure ({kpi.Note})");
                    continue;
                }
                if (seen.TryGetValue((code, period.Value), out var first))
                {
                    Error(entry, path, $"{code} {period} is given twice (first in {first})");
                    continue;
                }
                seen[(code, period.Value)] = $"{file} {path}";
                var value = CalibrationFiles.Round(kpi.Apply((double)valueToken));
                targets.Add(new Target(kpi.Metric, period, value, Math.Max(1e-9, CalibrationFiles.Round(kpi.RelativeSe * Math.Abs(value))),
                    $"Kolada {code} ({kpi.Title}), municipality {place}, {period}, total{(kpi.Transform == KoladaMapping.None ? "" : $", {kpi.Transform} of {valueToken}")}",
                    1, place, $"SE {kpi.RelativeSe:0.##} × value (ASSUMED: Kolada gives no uncertainty); code verified: {kpi.Verified}"));
            }
        }
        if (errors.Count == 0 && withNext > 0 && withNext >= files.Count)
            errors.Add(new ScenarioError(files[^1], "$.next_page", $"every file given continues on a further page (next_page/next_url); the last page is missing: download every page and give them all"));
        if (errors.Count == 0 && targets.Count == 0)
            errors.Add(new ScenarioError(files[0], null, $"no figure to import: {(skipped.Count == 0 ? "the files hold no values" : string.Join("; ", skipped))}"));
        return errors.Count > 0 ? new ImportResult([], skipped, errors) : new ImportResult(targets.OrderBy(t => t.Metric).ThenBy(t => t.Year).ToList(), skipped, []);
    }
}
