using System.Globalization;
using Newtonsoft.Json.Linq;

namespace Planner.Scenarios.Charts;

/// <summary>A change at a date, as a chart marks it: the month (from the start, fractional within a month) and a short label.</summary>
public sealed record ChangeMark(double Month, string Label);

/// <summary>
/// The `changes` of a scenario file (posts added or removed, inflow, designs, benefit, pay from a date) read
/// from the scenario as run, for the fan charts to mark where the unit changes. Labels are made here, short and
/// in the reader's language ("+2 tjänster", "inflöde ×1,2"); the file's own note is for the file's readers.
/// </summary>
public static class ScenarioChanges
{
    public static IReadOnlyList<ChangeMark> Marks(ScenarioData scenario, Texts texts)
    {
        if (scenario.ScenarioJson.Length == 0)
            return [];
        JToken root;
        try
        {
            root = JToken.Parse(scenario.ScenarioJson);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return [];
        }
        if (root["changes"] is not JArray changes)
            return [];
        var marks = new List<ChangeMark>();
        foreach (var change in changes.OfType<JObject>())
        {
            var month = MonthOf(change, scenario.StartDate);
            if (month is null)
                continue;
            var label = Label(change, texts);
            if (label.Length > 0)
                marks.Add(new ChangeMark(month.Value, label));
        }
        // Two changes on one day share one mark.
        return marks.GroupBy(m => m.Month).Select(g => new ChangeMark(g.Key, string.Join(", ", g.Select(m => m.Label)))).OrderBy(m => m.Month).ToList();
    }

    private static double? MonthOf(JObject change, DateOnly start)
    {
        if (change["month"]?.Type == JTokenType.Integer)
            return (int)change["month"]!;
        if (change["date"]?.Type == JTokenType.String
            && DateOnly.TryParseExact((string)change["date"]!, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var months = (date.Year - start.Year) * 12 + date.Month - start.Month;
            var first = start.AddMonths(months);
            return months + (date.DayNumber - first.DayNumber) / (double)DateTime.DaysInMonth(first.Year, first.Month);
        }
        return null;
    }

    // The scenario as run echoes every field, an unset one as null.
    private static bool Present(JToken? token) => token is not null && token.Type != JTokenType.Null;

    private static string Label(JObject change, Texts texts)
    {
        var sv = texts.Language == Language.Swedish;
        var parts = new List<string>();
        if (change["posts"] is JArray posts)
        {
            var added = posts.Sum(p => p["add"]?.Type == JTokenType.Integer ? (int)p["add"]! : 0);
            var removed = posts.Sum(p => p["remove"]?.Type == JTokenType.Integer ? (int)p["remove"]! : 0);
            if (added > 0)
                parts.Add($"+{added} {(sv ? (added == 1 ? "tjänst" : "tjänster") : (added == 1 ? "post" : "posts"))}");
            if (removed > 0)
                parts.Add($"\u2212{removed} {(sv ? (removed == 1 ? "tjänst" : "tjänster") : (removed == 1 ? "post" : "posts"))}");
        }
        if (change["inflow"] is JObject inflow)
        {
            var factor = inflow["factor"]?.Type is JTokenType.Float or JTokenType.Integer ? (double)inflow["factor"]! : 1;
            parts.Add((sv ? "inflöde ×" : "inflow ×") + texts.Numbers.Fixed(factor, factor == Math.Round(factor, 1) ? 1 : 2)
                + (inflow["months"]?.Type == JTokenType.Integer ? $" ({(int)inflow["months"]!} {(sv ? "mån" : "mo")})" : ""));
        }
        if (change["designs"] is JObject designs)
            parts.Add(designs.Count == 0 ? (sv ? "designer av" : "designs off") : string.Join("+", designs.Properties().Select(p => p.Name.ToUpperInvariant() == "FAS" ? "FAS" : p.Name)));
        if (Present(change["consultantCover"]))
            parts.Add(sv ? "konsulttäckning" : "consultant cover");
        if (Present(change["benefitPerHouseholdMonth"]))
            parts.Add(sv ? "biståndsnivå" : "benefit level");
        if (Present(change["salaryPerMonth"]))
            parts.Add(sv ? "lön" : "pay");
        return string.Join(", ", parts);
    }
}
