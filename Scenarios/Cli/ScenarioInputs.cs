using Planner.Scenarios.Files;

namespace Planner.Scenarios.Cli;

/// <summary>
/// The scenario files a command names, loaded with the options' overrides. Every file is checked before
/// anything runs, so a typo in the third file does not cost the first two runs, and every problem is listed at once.
/// </summary>
public static class ScenarioInputs
{
    /// <summary>Loads the files; adds their errors, and an error for files that would share a name, to <paramref name="errors"/>.</summary>
    /// <param name="purpose">Why names must differ, e.g. "to compare them".</param>
    public static IReadOnlyList<LoadResult> Load(IReadOnlyList<string> files, IReadOnlyList<ScenarioOverride> overrides,
        List<string> errors, string purpose)
    {
        var loads = files.Select(f => ScenarioLoader.Load(f, overrides)).ToList();
        errors.AddRange(loads.SelectMany(l => l.Errors).Select(e => e.ToString()));
        // Names become result folders and table columns; two files under one name would overwrite or shadow each other.
        errors.AddRange(loads.Where(l => l.Ok)
            .GroupBy(l => ResultFolderName.From(l.Scenario!.Name), StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"error: {string.Join(", ", g.Select(l => l.File))} are all named \"{g.Key}\"; give the scenarios different names {purpose}"));
        return loads;
    }
}
