namespace Planner.Viewer.Text;

/// <summary>The reader's language: Swedish unless they switch. Every text on a page is chosen through <see cref="T"/>.</summary>
public sealed record Language(bool English)
{
    public static Language Swedish { get; } = new(false);
    public static Language EnglishLanguage { get; } = new(true);

    public string Code => English ? "en" : "sv";

    public string T(string swedish, string english) => English ? english : swedish;

    public static Language FromCode(string? code) => code == "en" ? EnglishLanguage : Swedish;
}
