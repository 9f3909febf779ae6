using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Planner.Scenarios.Files;

/// <summary>Parses scenario text into a JSON tree that remembers lines and columns, or says where the syntax breaks.</summary>
public static partial class JsonText
{
    public static JToken? Read(string file, string text, ICollection<ScenarioError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new ScenarioError(file, null, "the file is empty; expected a JSON object with the scenario's fields"));
            return null;
        }
        using var reader = new JsonTextReader(new StringReader(text))
        {
            // Dates stay text so the binder can insist on yyyy-MM-dd instead of accepting any format.
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Double,
        };
        var settings = new JsonLoadSettings
        {
            LineInfoHandling = LineInfoHandling.Load,
            CommentHandling = CommentHandling.Ignore,
            // A key given twice is almost always a copy-paste slip; silently keeping the last one would hide it.
            DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
        };
        try
        {
            var root = JToken.ReadFrom(reader, settings);
            while (reader.Read())
            {
                // JsonTextReader rejects most trailing text itself; this catches what it lets through.
                if (reader.TokenType != JsonToken.Comment)
                    throw new JsonReaderException("unexpected content after the end of the JSON object", reader.Path, reader.LineNumber, reader.LinePosition, null);
            }
            return root;
        }
        catch (JsonReaderException e)
        {
            errors.Add(new ScenarioError(file, null,
                $"malformed JSON at line {e.LineNumber}, column {e.LinePosition}: {Clean(e.Message)}", e.LineNumber, e.LinePosition));
            return null;
        }
    }

    // Newtonsoft appends its own "Path 'x', line 3, position 4." which would repeat what the message already says.
    private static string Clean(string message) => LocationSuffix().Replace(message, "").Trim();

    [GeneratedRegex(@"\s*(Path '[^']*'(,|\.))?\s*(line \d+, position \d+\.)?\s*$")]
    private static partial Regex LocationSuffix();
}
