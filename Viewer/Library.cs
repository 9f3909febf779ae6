using Newtonsoft.Json.Linq;
using Planner.Scenarios.Cli;

namespace Planner.Viewer;

/// <summary>
/// The scenario files that ship with Planner, by name. A name from a request is only ever a key into this list,
/// never part of a path: "../../etc/passwd" is simply not one of the names.
/// </summary>
public sealed class Library
{
    private readonly IReadOnlyDictionary<string, string> files;

    public Library(string folder)
    {
        files = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.json", SearchOption.TopDirectoryOnly)
                .ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => f, StringComparer.Ordinal)
            : new Dictionary<string, string>();
    }

    public static Library Shipped() => new(ScenarioLibrary.Folder);

    public IReadOnlyList<string> Names => [.. files.Keys.Order(StringComparer.Ordinal)];

    public bool Contains(string name) => files.ContainsKey(name);

    /// <summary>The library file's JSON, or null if no library scenario has that name.</summary>
    public JObject? Read(string name) =>
        files.TryGetValue(name, out var file) ? JObject.Parse(File.ReadAllText(file)) : null;

    /// <summary>The scenario's description, for the list on the page.</summary>
    public string Description(string name) => Read(name)?["description"]?.ToString() ?? "";

    /// <summary>What a new browser session starts from: the baseline unit, or an empty object if the library is missing.</summary>
    public (JObject Unit, string Source) Default() =>
        Read("baseline") is { } baseline ? (baseline, "baseline") : (new JObject(), "");
}
