using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using Planner.Scenarios.Files;

namespace Planner.Viewer.Forms;

/// <summary>
/// Reads and writes one value of a scenario file's JSON by the path the validator names it by
/// ("population", "staff.caseworkers[0].count"). Form fields carry these paths as their names, so an error for
/// "$.staff.caseworkers[0].count" lands next to the field it concerns.
/// </summary>
public static partial class JsonPath
{
    private sealed record Segment(string Name, int? Index);

    public static JToken? Get(JObject root, string path)
    {
        JToken? current = root;
        foreach (var segment in Parse(path) ?? [])
        {
            current = (current as JObject)?[segment.Name];
            if (segment.Index is { } index)
                current = current is JArray list && index < list.Count ? list[index] : null;
        }
        return current;
    }

    /// <summary>Sets the value (null removes it, so the field takes its default), making the objects on the way.</summary>
    public static void Set(JObject root, string path, JToken? value)
    {
        var segments = Parse(path) ?? throw new ArgumentException($"\"{path}\" is not a field path.", nameof(path));
        var current = root;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var last = i == segments.Count - 1;
            if (segment.Index is { } index)
            {
                if (current[segment.Name] is not JArray list)
                    current[segment.Name] = list = [];
                while (list.Count <= index)
                    list.Add(new JObject());
                if (last)
                {
                    list[index] = value ?? new JObject();
                    return;
                }
                if (list[index] is not JObject item)
                    list[index] = item = [];
                current = item;
                continue;
            }
            if (last)
            {
                if (value is null)
                    current.Remove(segment.Name);
                else
                    current[segment.Name] = value;
                return;
            }
            if (current[segment.Name] is not JObject next)
                current[segment.Name] = next = [];
            current = next;
        }
    }

    /// <summary>
    /// What a person typed, as the JSON the scenario file would hold: a number where the field is a number and
    /// the text reads as one (decimal comma allowed), otherwise the text itself, so the scenario loader says what
    /// is wrong with it in its own words. Blank is null: the field is left out and takes its default.
    /// </summary>
    public static JToken? FromInput(string path, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var field = FieldFor(path);
        switch (field?.Shape.Kind)
        {
            case FieldKind.Integer or FieldKind.Number when Text.Numbers.TryParse(text, out var number):
                return field.Shape.Kind == FieldKind.Integer && number == Math.Floor(number) && Math.Abs(number) < 1e15
                    ? new JValue((long)number)
                    : new JValue(number);
            case FieldKind.Boolean when text is "true" or "false":
                return new JValue(text == "true");
            default:
                return new JValue(text.Trim());
        }
    }

    /// <summary>The field a path names, list items' numbers ignored; null if the scenario file has no such field.</summary>
    public static Field? FieldFor(string path)
    {
        var generic = IndexPattern().Replace(path, "[]");
        return FieldSchema.Walk(FieldSchema.Scenario).FirstOrDefault(f => f.Path == generic).Field;
    }

    /// <summary>The validator's "$.a.b[0].c" as a form field's "a.b[0].c".</summary>
    public static string FromErrorPath(string? errorPath) =>
        errorPath is null ? "" : errorPath.StartsWith("$.", StringComparison.Ordinal) ? errorPath[2..] : errorPath == "$" ? "" : errorPath;

    private static List<Segment>? Parse(string path)
    {
        var segments = new List<Segment>();
        foreach (var part in path.Split('.'))
        {
            var match = SegmentPattern().Match(part);
            if (!match.Success)
                return null;
            segments.Add(new Segment(match.Groups[1].Value,
                match.Groups[2].Success ? int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : null));
        }
        return segments;
    }

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9]*)(?:\[([0-9]{1,3})\])?$")]
    private static partial Regex SegmentPattern();

    [GeneratedRegex(@"\[[0-9]+\]")]
    private static partial Regex IndexPattern();
}
