using Newtonsoft.Json.Linq;
using Planner.Viewer.Text;

namespace Planner.Viewer.Forms;

/// <summary>
/// The "changes at a date" inputs as the scenario file's changes block (docs/scenario-fields.md, changes[]):
/// more or fewer posts from a month, and a recession (more new applications) from a month. The form counts months
/// from 1 (month 1 = the first month), the file from 0. The scenario loader checks the result like any file's.
/// </summary>
public static class ChangeForm
{
    public static JArray? Build(IFormCollection form, List<string> errors, PageLanguage language)
    {
        if (!Pages.ScenariosPage.ChangesSupported)
            return null;
        var changes = new JArray();
        if (Number(form, "change.posts", language.T("Fler tjänster", "More posts"), errors, language) is { } posts && posts != 0)
        {
            if (posts != Math.Floor(posts))
                errors.Add(language.T($"Fler tjänster: \"{form["change.posts"]}\" är inget heltal.", $"More posts: \"{form["change.posts"]}\" is not a whole number."));
            else if (Month(form, "change.postsMonth", errors, language) is { } month)
                changes.Add(new JObject
                {
                    ["month"] = month - 1,
                    ["note"] = language.T($"{(posts > 0 ? "+" : "−")}{Math.Abs(posts)} tjänster från månad {month}", $"{(posts > 0 ? "+" : "−")}{Math.Abs(posts)} posts from month {month}"),
                    ["posts"] = new JArray(new JObject { [posts > 0 ? "add" : "remove"] = (long)Math.Abs(posts) }),
                });
        }
        if (Number(form, "change.recession", language.T("Lågkonjunktur", "Recession"), errors, language) is { } percent && percent != 0
            && Month(form, "change.recessionMonth", errors, language) is { } from)
            changes.Add(new JObject
            {
                ["month"] = from - 1,
                ["note"] = language.T($"lågkonjunktur: {percent:+0.#;−0.#} % nya ansökningar från månad {from}", $"recession: {percent:+0.#;−0.#} % new applications from month {from}"),
                ["inflow"] = new JObject { ["factor"] = 1 + percent / 100 },
            });
        return changes;
    }

    private static double? Number(IFormCollection form, string name, string label, List<string> errors, PageLanguage language)
    {
        var text = form[name].ToString();
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (Numbers.TryParse(text, out var value))
            return value;
        errors.Add(language.T($"{label}: \"{text}\" är inget tal.", $"{label}: \"{text}\" is not a number."));
        return null;
    }

    private static int? Month(IFormCollection form, string name, List<string> errors, PageLanguage language)
    {
        var text = form[name].ToString();
        if (string.IsNullOrWhiteSpace(text))
            return 1;
        if (Numbers.TryParse(text, out var month) && month == Math.Floor(month) && month >= 1 && month <= 1201)
            return (int)month;
        errors.Add(language.T($"Från månad: \"{text}\" går inte; ange ett heltal från 1 (första månaden).", $"From month: \"{text}\" will not do; give a whole number from 1 (the first month)."));
        return null;
    }

    public static string Describe(JArray changes, PageLanguage language) =>
        string.Join("; ", changes.Select(c => c["note"]?.ToString() is { Length: > 0 } note ? note : language.T("förändring vid ett datum", "change at a date")));
}
