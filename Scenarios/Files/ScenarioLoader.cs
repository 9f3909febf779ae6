using Newtonsoft.Json.Linq;

namespace Planner.Scenarios.Files;

/// <summary>The outcome of loading one file: a scenario only when there are no errors.</summary>
public sealed record LoadResult(string File, Scenario? Scenario, IReadOnlyList<ScenarioError> Errors)
{
    public bool Ok => Scenario is not null && Errors.Count == 0;
}

/// <summary>Reads, validates and builds a scenario file; returns every problem, never throws for bad input.</summary>
public static class ScenarioLoader
{
    public static LoadResult Load(string file, IReadOnlyList<ScenarioOverride>? overrides = null)
    {
        var errors = new List<ScenarioError>();
        var text = InputFile.ReadText(file, "scenario file", InputFile.JsonMaxBytes, errors);
        return text is null ? new LoadResult(InputFile.Shown(file), null, errors) : Parse(file, text, overrides);
    }

    public static LoadResult Parse(string file, string text, IReadOnlyList<ScenarioOverride>? overrides = null)
    {
        var errors = new List<ScenarioError>();
        file = InputFile.Shown(file);
        var root = JsonText.Read(file, text, errors);
        if (root is null)
            return new LoadResult(file, null, errors);
        if (root is not JObject rootObject)
        {
            errors.Add(new ScenarioError(file, "$", "the file holds a single value or a list; expected a JSON object with the scenario's fields"));
            return new LoadResult(file, null, errors);
        }
        foreach (var o in overrides ?? [])
            o.ApplyTo(rootObject);

        var binder = new RecordBinder(file);
        var scenario = (Scenario)binder.Bind(FieldSchema.Scenario, rootObject)!;
        if (scenario.Name.Length == 0)
            scenario = scenario with { Name = Path.GetFileNameWithoutExtension(file) };
        // The model reports under the unit's name; one name for both avoids two truths.
        scenario = scenario with { Unit = scenario.Unit with { Name = scenario.Name } };

        errors.AddRange(binder.Errors);
        errors.AddRange(ScenarioRules.Check(file, scenario, rootObject, binder.Errors));
        var ordered = errors
            .Select(e => NameOrigin(e, overrides))
            // File order reads best; errors without a place in the file (options, defaults) come last.
            .OrderBy(e => e.Line ?? int.MaxValue).ThenBy(e => e.Column ?? 0)
            .ToList();
        return ordered.Count == 0 ? new LoadResult(file, scenario, []) : new LoadResult(file, null, ordered);
    }

    private static ScenarioError NameOrigin(ScenarioError error, IReadOnlyList<ScenarioOverride>? overrides) =>
        overrides?.FirstOrDefault(o => o.JsonPath == error.Path) is { } source
            // The value came from the option, not from the file: a line number would point at the wrong thing.
            ? error with { Message = $"{error.Message} (set by {source.Origin})", Line = null, Column = null }
            : error;

}
