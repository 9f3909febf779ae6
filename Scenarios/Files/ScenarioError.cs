namespace Planner.Scenarios.Files;

/// <summary>
/// One problem in a scenario file, written like a compiler message so editors can jump to it:
/// <c>file:line:column: $.json.path: message</c>. The message names the offending value and what is allowed.
/// </summary>
public sealed record ScenarioError(string File, string? Path, string Message, int? Line = null, int? Column = null)
{
    public override string ToString()
    {
        var location = Line is { } line ? $"{File}:{line}:{Column ?? 0}" : File;
        return Path is null ? $"{location}: {Message}" : $"{location}: {Path}: {Message}";
    }
}
