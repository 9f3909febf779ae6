using System.Text;
using Newtonsoft.Json.Linq;
using Planner.Scenarios.Files;
using Planner.Viewer.Forms;
using Planner.Viewer.Text;

namespace Planner.Viewer.Pages;

/// <summary>
/// "Enheten": the unit described field by field, checked by the scenario loader after every save (its messages
/// shown next to the field they name), started from a library scenario or an uploaded file, downloadable as the
/// scenario file the command line runs.
/// </summary>
public static class UnitPage
{
    public const string FileName = "enheten.json";

    /// <summary>The loader's verdict on the unit as it stands.</summary>
    public static LoadResult Validate(JObject unit) => ScenarioLoader.Parse(FileName, unit.ToString());

    public static string Render(PageLanguage language, JObject unit, string source, Library library, string? message, bool messageIsError)
    {
        var check = Validate(unit);
        var byField = check.Errors.Where(e => e.Path is not null).GroupBy(e => JsonPath.FromErrorPath(e.Path))
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToList(), StringComparer.Ordinal);
        var shown = new HashSet<string>(StringComparer.Ordinal);
        var html = new StringBuilder();

        if (message is not null)
            html.Append($"<p class=\"notice{(messageIsError ? " errors" : "")}\" id=\"unit-message\">{Html.E(message)}</p>");

        html.Append("<section><h2>").Append(language.T("Börja från ett scenario i biblioteket", "Start from a library scenario")).Append("</h2>");
        html.Append("<form method=\"post\" action=\"/enheten/bibliotek\" class=\"actions\"><select name=\"scenario\" id=\"library-scenario\">");
        foreach (var name in library.Names)
            html.Append($"<option value=\"{Html.E(name)}\"{(name == source ? " selected" : "")}>{Html.E(name)}</option>");
        html.Append("</select><button type=\"submit\" class=\"secondary\">").Append(language.T("Använd", "Use")).Append("</button>");
        if (source.Length > 0)
            html.Append("<span class=\"muted\">").Append(language.T("Nu: utgår från ", "Now: based on ")).Append(Html.E(source)).Append("</span>");
        html.Append("</form></section>");

        html.Append("<form method=\"post\" action=\"/enheten\" id=\"unit-form\" novalidate>");
        html.Append("<fieldset><legend>").Append(language.T("Enheten", "The unit")).Append("</legend>");
        foreach (var field in UnitFields.Unit)
            html.Append(Input(language, unit, field, byField, shown));
        html.Append("</fieldset>");

        var groups = (unit["staff"] as JObject)?["caseworkers"] as JArray;
        var count = Math.Clamp(groups?.Count ?? 1, 1, UnitFields.MaxGroups);
        html.Append("<fieldset><legend>").Append(language.T("Handläggartjänster", "Caseworker posts")).Append("</legend>");
        html.Append("<p class=\"muted\">").Append(language.T(
            "Tjänsterna som grupper av likadana tjänster, t.ex. 18 heltider och 2 halvtider, eller konsulter för sig.",
            "The posts as groups of like posts, e.g. 18 full-time and 2 half-time, or consultants apart.")).Append("</p>");
        html.Append($"<input type=\"hidden\" name=\"groups\" value=\"{count}\">");
        for (var i = 0; i < count; i++)
        {
            html.Append($"<div class=\"group\" id=\"group-{i}\"><strong>").Append(language.T("Grupp ", "Group ")).Append(i + 1).Append("</strong>");
            foreach (var field in UnitFields.Group(i))
                html.Append(Input(language, unit, field, byField, shown));
            if (count > 1)
                html.Append($"<button type=\"submit\" name=\"action\" value=\"remove-group-{i}\" class=\"secondary\">{language.T("Ta bort gruppen", "Remove the group")}</button>");
            html.Append("</div>");
        }
        html.Append("</fieldset>");

        html.Append("<div class=\"actions\"><button type=\"submit\" name=\"action\" value=\"save\" id=\"save-unit\">")
            .Append(language.T("Spara och kontrollera", "Save and check")).Append("</button>");
        if (count < UnitFields.MaxGroups)
            html.Append("<button type=\"submit\" name=\"action\" value=\"add-group\" class=\"secondary\">").Append(language.T("Lägg till en grupp tjänster", "Add a group of posts")).Append("</button>");
        html.Append("</div></form>");

        var rest = check.Errors.Where(e => !shown.Contains(JsonPath.FromErrorPath(e.Path)) || e.Path is null).ToList();
        html.Append("<section id=\"validation\">");
        if (check.Ok)
            html.Append("<p class=\"ok\" id=\"unit-valid\">").Append(language.T("Scenariot är giltigt: samma kontroll som ", "The scenario is valid: the same check as ")).Append("<code>planner validate</code>.</p>");
        else
        {
            html.Append("<p class=\"errors\" id=\"unit-invalid\">").Append(language.T(
                $"{check.Errors.Count} fel att rätta (samma kontroll som <code>planner validate</code>); de står vid fälten.",
                $"{check.Errors.Count} error(s) to fix (the same check as <code>planner validate</code>); they stand by the fields.")).Append("</p>");
            if (rest.Count > 0)
                html.Append("<ul class=\"errors\">").Append(string.Concat(rest.Select(e => "<li>" + Html.E(e.ToString()) + "</li>"))).Append("</ul>");
        }
        html.Append("</section>");

        html.Append("<section><h2>").Append(language.T("Spara som fil och läsa in", "Save as a file and load")).Append("</h2><div class=\"actions\">");
        html.Append($"<a class=\"button secondary\" href=\"/enheten/scenario.json\" download id=\"download-scenario\">{language.T("Ladda ner scenariofilen", "Download the scenario file")}</a>");
        html.Append("<span class=\"muted\">").Append(language.T("Samma fil som kommandot kör: ", "The same file the command runs: ")).Append("<code>planner run enheten.json</code></span></div>");
        html.Append("<form method=\"post\" action=\"/enheten/ladda-upp\" enctype=\"multipart/form-data\" class=\"actions\">");
        html.Append("<input type=\"file\" name=\"file\" accept=\".json,application/json\" id=\"upload-file\">");
        html.Append("<button type=\"submit\" class=\"secondary\" id=\"upload-scenario\">").Append(language.T("Läs in en scenariofil", "Load a scenario file")).Append("</button></form></section>");
        return html.ToString();
    }

    private static string Input(PageLanguage language, JObject unit, InputField field, IReadOnlyDictionary<string, List<string>> errors, HashSet<string> shown)
    {
        var value = JsonPath.Get(unit, field.Path);
        var text = value switch
        {
            null or { Type: JTokenType.Null } => "",
            JValue { Type: JTokenType.Float } v => Numbers.ForInput((double)v, language),
            JValue v => v.ToString(System.Globalization.CultureInfo.InvariantCulture),
            var other => other.ToString(Newtonsoft.Json.Formatting.None),
        };
        var id = "f-" + field.Path.Replace('.', '-').Replace("[", "-").Replace("]", "");
        var invalid = errors.TryGetValue(field.Path, out var messages);
        if (invalid)
            shown.Add(field.Path);
        var html = new StringBuilder();
        html.Append($"<div class=\"field{(invalid ? " invalid" : "")}\"><label for=\"{id}\">{Html.E(field.Label(language))}</label>");
        if (field.Field?.AllowedValues is { Count: > 0 } words)
        {
            html.Append($"<select id=\"{id}\" name=\"{Html.E(field.Path)}\">");
            var current = text.Length == 0 ? field.DefaultText(language) : text;
            foreach (var word in words)
                html.Append($"<option value=\"{Html.E(word)}\"{(word == current ? " selected" : "")}>{Html.E(ContractWord(word, language))}</option>");
            html.Append("</select>");
        }
        else
        {
            var placeholder = field.DefaultText(language);
            html.Append($"<input id=\"{id}\" name=\"{Html.E(field.Path)}\" value=\"{Html.E(text)}\" placeholder=\"{Html.E(placeholder)}\"{(invalid ? " aria-invalid=\"true\"" : "")}>");
        }
        var range = field.Range(language);
        var hint = string.Join("; ", new[] { field.Unit(language), range.Length > 0 ? language.T("tillåtet ", "allowed ") + range : "" }.Where(s => s.Length > 0));
        html.Append($"<span class=\"hint\">{Html.E(hint)}</span>");
        foreach (var message in messages ?? [])
            html.Append($"<span class=\"error\" data-field=\"{Html.E(field.Path)}\">{Html.E(message)}</span>");
        html.Append("</div>");
        return html.ToString();
    }

    private static string ContractWord(string word, PageLanguage language) => word switch
    {
        "permanent" => language.T("tillsvidareanställd", "permanent"),
        "consultant" => language.T("konsult", "consultant"),
        _ => word,
    };
}
