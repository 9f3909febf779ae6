using Planner.Scenarios.Charts;

namespace Planner.Viewer.Text;

/// <summary>
/// The reader's language: Swedish unless they switch. Page texts are chosen through <see cref="T"/>; metric labels,
/// units and numbers come from the charts' one text table (<see cref="Texts"/>), so a page and its charts agree.
/// </summary>
public sealed record PageLanguage(bool English)
{
    public static PageLanguage Swedish { get; } = new(false);
    public static PageLanguage EnglishLanguage { get; } = new(true);

    public string Code => English ? "en" : "sv";

    public Texts Texts => Texts.For(English ? Scenarios.Charts.Language.English : Scenarios.Charts.Language.Swedish);

    public string T(string swedish, string english) => English ? english : swedish;

    public static PageLanguage FromCode(string? code) => code == "en" ? EnglishLanguage : Swedish;
}
