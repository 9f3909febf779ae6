namespace Planner.Scenarios.Charts;

/// <summary>The language of what people read: charts, the report and the dashboard. Swedish first (the users read Swedish first).</summary>
public enum Language
{
    Swedish,
    English,
}

public static class Languages
{
    /// <summary>The codes `--lang` and the dashboard accept.</summary>
    public static IReadOnlyList<string> Codes { get; } = ["sv", "en"];

    public static string Code(this Language language) => language == Language.English ? "en" : "sv";

    public static bool TryParse(string? code, out Language language)
    {
        switch (code?.Trim().ToLowerInvariant())
        {
            case "sv" or "se" or "swedish" or "svenska":
                language = Language.Swedish;
                return true;
            case "en" or "english" or "engelska":
                language = Language.English;
                return true;
            default:
                language = Language.Swedish;
                return false;
        }
    }
}
