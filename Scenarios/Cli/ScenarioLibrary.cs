namespace Planner.Scenarios.Cli;

/// <summary>The scenario files that ship next to the executable.</summary>
public static class ScenarioLibrary
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "library");

    public static string Baseline => Path.Combine(Folder, "baseline.json");
}
