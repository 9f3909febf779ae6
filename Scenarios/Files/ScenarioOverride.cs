using Newtonsoft.Json.Linq;

namespace Planner.Scenarios.Files;

/// <summary>
/// A value from outside the file (a command-line option) that replaces one field before validation, so
/// it is checked by exactly the same rules as the file and its errors name the option.
/// </summary>
public sealed record ScenarioOverride(string Path, JToken Value, string Origin)
{
    /// <summary>
    /// An option's text as the JSON value it stands for: a number if it is one as JSON writes numbers, otherwise
    /// text (which the validator then refuses where a number belongs): "0x1", "010" or ".5" are not read as numbers.
    /// </summary>
    public static ScenarioOverride FromText(string path, string text, string origin) =>
        new(path, StrictJson.IsNumber(text) ? JToken.Parse(text) : new JValue(text), origin);

    /// <summary>The JSON path as error messages write it.</summary>
    public string JsonPath => "$." + Path;

    internal void ApplyTo(JObject root)
    {
        var segments = Path.Split('.');
        var node = root;
        foreach (var segment in segments[..^1])
        {
            var next = node[segment];
            if (next is null)
            {
                next = new JObject();
                node[segment] = next;
            }
            // A non-object here is an error in the file that the binder will report; keep it visible.
            if (next is not JObject child)
                return;
            node = child;
        }
        node[segments[^1]] = Value.DeepClone();
    }
}
