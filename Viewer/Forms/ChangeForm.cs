using Newtonsoft.Json.Linq;
using Planner.Viewer.Text;

namespace Planner.Viewer.Forms;

/// <summary>
/// The "changes at a date" inputs (more posts from a month, a recession from a month) as the scenario file's
/// changes block. Until the scenario format has that block the control is hidden and nothing is written.
/// </summary>
public static class ChangeForm
{
    public static JArray? Build(IFormCollection form, List<string> errors, PageLanguage language)
    {
        if (!Pages.ScenariosPage.ChangesSupported)
            return null;
        _ = form;
        _ = errors;
        _ = language;
        return null;
    }

    public static string Describe(JArray changes, PageLanguage language) =>
        language.T($"{changes.Count} förändring(ar) vid ett datum", $"{changes.Count} change(s) at a date");
}
