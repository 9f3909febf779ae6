using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Planner.Scenarios.Files;

/// <summary>
/// Parses input text into a JSON tree that remembers lines and columns, or says where it breaks. The text must be
/// strict JSON (<see cref="StrictJson"/>); only then does Newtonsoft build the tree. Any loader of a JSON input file
/// (scenarios, experiments, importers' settings) should read through <see cref="ReadFile"/>: bounded, UTF-8, strict.
/// </summary>
public static partial class JsonText
{
    /// <summary>Reads a JSON input file through <see cref="InputFile"/> (bounded, regular file, UTF-8) and parses it strictly.</summary>
    /// <param name="kind">What the file should be, for messages, e.g. "scenario file".</param>
    public static JToken? ReadFile(string path, string kind, ICollection<ScenarioError> errors, long maxBytes = InputFile.JsonMaxBytes)
    {
        var text = InputFile.ReadText(path, kind, maxBytes, errors);
        return text is null ? null : Read(InputFile.Shown(path), text, errors);
    }

    public static JToken? Read(string file, string text, ICollection<ScenarioError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new ScenarioError(file, null, "the file is empty; expected a JSON object with the scenario's fields"));
            return null;
        }
        if (StrictJson.Check(file, text) is { } problem)
        {
            errors.Add(problem);
            return null;
        }
        using var reader = new JsonTextReader(new StringReader(text))
        {
            // Dates stay text so the binder can insist on yyyy-MM-dd instead of accepting any format.
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Double,
            MaxDepth = StrictJson.MaxDepth + 1,
        };
        var settings = new JsonLoadSettings
        {
            LineInfoHandling = LineInfoHandling.Load,
            DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
        };
        try
        {
            return JToken.ReadFrom(reader, settings);
        }
        catch (JsonReaderException e)
        {
            // The strict check has passed, so this is a limit of the reader, not of the syntax; keep its place all the same.
            errors.Add(new ScenarioError(file, null,
                $"not readable JSON at line {e.LineNumber}, column {e.LinePosition}: {Clean(e.Message)}", e.LineNumber, e.LinePosition));
            return null;
        }
    }

    // Newtonsoft appends its own "Path 'x', line 3, position 4." which would repeat what the message already says.
    private static string Clean(string message) => LocationSuffix().Replace(message, "").Trim();

    [GeneratedRegex(@"\s*(Path '[^']*'(,|\.))?\s*(line \d+, position \d+\.)?\s*$")]
    private static partial Regex LocationSuffix();
}
