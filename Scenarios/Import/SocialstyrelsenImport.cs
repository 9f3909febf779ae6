using System.Globalization;
using System.Text;
using Planner.Scenarios.Calibration;
using Planner.Scenarios.Files;
using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Import;

/// <summary>
/// Reads an export of Socialstyrelsen's statistics database for ekonomiskt bistånd (Statistikdatabasen, "Exportera
/// till Excel/CSV"): semicolon-separated, decimal commas, spaces as thousands separators, a few title lines above the
/// table and footnotes below it, one row per region, measure and year with the columns Region;Mått;År;Värde (English
/// exports: Region;Measure;Year;Value). A region is its code and name ("1442 Vårgårda"). Suppressed cells ("..", "X",
/// "–": too few cases to publish) are skipped and listed, never read as zero. The measures become:
/// households (antal biståndshushåll) → households_during_year; months (antal bidragsmånader) → household_months,
/// and with the households months_per_household_year; long-term recipients ÷ recipients (vuxna) → long_term_share.
/// </summary>
public static class SocialstyrelsenImport
{
    private enum Measure { Households, Recipients, Months, LongTerm }

    private static readonly (string Starts, Measure Measure)[] Measures =
    [
        ("antal biståndshushåll", Measure.Households), ("biståndshushåll", Measure.Households), ("number of households", Measure.Households),
        ("antal långvariga biståndsmottagare", Measure.LongTerm), ("långvariga biståndsmottagare", Measure.LongTerm), ("long-term recipients", Measure.LongTerm),
        ("antal biståndsmottagare", Measure.Recipients), ("biståndsmottagare", Measure.Recipients), ("number of recipients", Measure.Recipients),
        ("antal bidragsmånader", Measure.Months), ("bidragsmånader", Measure.Months), ("number of months", Measure.Months),
    ];

    private static readonly string[] Suppressed = ["..", "…", "x", "X", "–", "-", "—"];

    public static ImportResult Read(IReadOnlyList<string> files, string? region, double relativeSe)
    {
        var errors = new List<ScenarioError>();
        var skipped = new List<string>();
        var cells = new Dictionary<(int Year, Measure Measure), (double Value, string Where)>();
        string? expected = region;
        string? expectedFrom = region is null ? null : "--municipality";
        foreach (var file in files)
        {
            var text = InputFile.ReadText(file, "Socialstyrelsen export", TargetFile.MaxBytes, errors);
            if (text is null)
                continue;
            var rows = CsvText.Parse(text, ';', out var csvError);
            if (csvError is not null)
            {
                errors.Add(new ScenarioError(file, null, csvError));
                continue;
            }
            var headerAt = rows.ToList().FindIndex(r => r.Any(c => Is(c.Text, "region")) && r.Any(c => Is(c.Text, "år", "year")));
            if (headerAt < 0)
            {
                errors.Add(new ScenarioError(file, null, "no table header; expected a line with the columns Region;Mått;År;Värde (or Region;Measure;Year;Value), as the statistics database exports it"));
                continue;
            }
            var header = rows[headerAt];
            int Column(params string[] names) => header.ToList().FindIndex(c => Is(c.Text, names));
            var (cRegion, cMeasure, cYear, cValue) = (Column("region"), Column("mått", "measure"), Column("år", "year"), Column("värde", "value"));
            if (cMeasure < 0 || cValue < 0)
            {
                errors.Add(new ScenarioError(file, null, $"the header on line {header[0].Line} lacks {(cMeasure < 0 ? "Mått (Measure)" : "Värde (Value)")}; expected Region;Mått;År;Värde", header[0].Line, 1));
                continue;
            }
            for (var r = headerAt + 1; r < rows.Count; r++)
            {
                var row = rows[r];
                if (row.Count < header.Count)
                {
                    // Footnotes and blank lines under the table have fewer cells: the table has ended.
                    if (row.Count <= 1)
                        continue;
                    errors.Add(new ScenarioError(file, null, $"{row.Count} cells where the header has {header.Count}; expected Region;Mått;År;Värde", row[0].Line, row[^1].Column));
                    continue;
                }
                void Error(int column, string message) => errors.Add(new ScenarioError(file, header[column].Text.Trim(), message, row[column].Line, row[column].Column));
                var regionText = row[cRegion].Text.Trim();
                var code = regionText.Split(' ', 2)[0];
                if (!(code.Length is 2 or 4 && code.All(char.IsAsciiDigit)) && !(code == "00" || regionText.StartsWith("Riket", StringComparison.OrdinalIgnoreCase)))
                {
                    Error(cRegion, $"\"{regionText}\" has no region code; expected the code and the name, e.g. \"1442 Vårgårda\" (export with codes)");
                    continue;
                }
                if (expected is null)
                    (expected, expectedFrom) = (code, $"{file} line {row[0].Line}");
                else if (code != expected)
                {
                    Error(cRegion, $"\"{regionText}\" is another region than {expected} (from {expectedFrom}); import one region at a time");
                    continue;
                }
                var measureText = row[cMeasure].Text.Trim();
                var measure = Measures.FirstOrDefault(m => measureText.StartsWith(m.Starts, StringComparison.OrdinalIgnoreCase));
                if (measure.Starts is null)
                {
                    Error(cMeasure, $"\"{measureText}\" is not a measure the importer knows; expected one of: antal biståndshushåll, antal biståndsmottagare (vuxna), antal bidragsmånader, antal långvariga biståndsmottagare (vuxna)");
                    continue;
                }
                if (!int.TryParse(row[cYear].Text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2200)
                {
                    Error(cYear, $"\"{row[cYear].Text.Trim()}\" is not a year; expected e.g. 2019");
                    continue;
                }
                var valueText = row[cValue].Text.Trim();
                if (Suppressed.Contains(valueText))
                {
                    skipped.Add($"{measureText} {year}: suppressed (\"{valueText}\") in {file} line {row[0].Line}");
                    continue;
                }
                if (ParseSwedish(valueText) is not { } value)
                {
                    Error(cValue, $"\"{valueText}\" is not a number; expected a count written as the export writes it (e.g. 1 228 or 1 302,0), or a suppression mark (..)");
                    continue;
                }
                if (cells.TryGetValue((year, measure.Measure), out var first))
                {
                    Error(cMeasure, $"{measureText} {year} is given twice (first in {first.Where})");
                    continue;
                }
                cells[(year, measure.Measure)] = (value, $"{file} line {row[0].Line}");
            }
        }
        var targets = new List<Target>();
        if (errors.Count == 0)
        {
            foreach (var year in cells.Keys.Select(k => k.Year).Distinct().Order())
            {
                bool Has(Measure m, out double v)
                {
                    var found = cells.TryGetValue((year, m), out var cell);
                    v = cell.Value;
                    return found;
                }
                string Source(string what) => $"Socialstyrelsen, statistikdatabasen ekonomiskt bistånd: {what}, region {expected}, {year}";
                Target Make(string metric, double value, string what) =>
                    new(metric, year, CalibrationFiles.Round(value), Math.Max(1e-9, CalibrationFiles.Round(relativeSe * Math.Abs(value))), Source(what), 1, expected ?? "", $"SE {relativeSe:0.##} × value (ASSUMED: register totals carry no sampling error; the SE stands for year-to-year movement)");
                if (Has(Measure.Households, out var households))
                    targets.Add(Make(YearlyCatalogue.HouseholdsDuringYear, households, "antal biståndshushåll"));
                if (Has(Measure.Months, out var months))
                {
                    targets.Add(Make(YearlyCatalogue.HouseholdMonths, months, "antal bidragsmånader"));
                    if (households > 0 && Has(Measure.Households, out _))
                        targets.Add(Make(MetricCatalogue.MonthsPerHouseholdYear, months / households, "antal bidragsmånader ÷ antal biståndshushåll"));
                }
                if (Has(Measure.LongTerm, out var longTerm))
                {
                    if (Has(Measure.Recipients, out var recipients) && recipients > 0)
                        targets.Add(Make(MetricCatalogue.LongTermShare, longTerm / recipients, "långvariga biståndsmottagare ÷ biståndsmottagare (vuxna; the model counts households)"));
                    else
                        skipped.Add($"long-term recipients {year}: no recipients for the same year to divide by; not used");
                }
                else if (Has(Measure.Recipients, out _))
                {
                    skipped.Add($"recipients {year}: persons, not households; used only as the denominator of the long-term share, which needs the long-term recipients too");
                }
            }
            if (targets.Count == 0)
                errors.Add(new ScenarioError(files[0], null, $"no figure to import{(skipped.Count > 0 ? ": " + string.Join("; ", skipped) : "")}"));
        }
        return errors.Count > 0 ? new ImportResult([], skipped, errors) : new ImportResult(targets, skipped, []);
    }

    /// <summary>"1 228", "1 228" (no-break space), "1 302,0", "12.5" → the number; anything else null.</summary>
    public static double? ParseSwedish(string text)
    {
        var cleaned = new StringBuilder();
        foreach (var c in text)
        {
            if (c is ' ' or '\u00A0' or '\u202F')
                continue;
            cleaned.Append(c == ',' ? '.' : c);
        }
        var s = cleaned.ToString();
        return s.Length > 0 && s.Count(c => c == '.') <= 1 && double.TryParse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    private static bool Is(string text, params string[] names) => names.Any(n => string.Equals(text.Trim(), n, StringComparison.OrdinalIgnoreCase));
}
