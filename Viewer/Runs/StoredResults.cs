using System.Text.RegularExpressions;
using Planner.Scenarios.Experiments;
using Planner.Scenarios.Store;

namespace Planner.Viewer.Runs;

/// <summary>One experiment of the store as the history page lists it.</summary>
public sealed record StoredRun(StoredExperiment Experiment, long Replications, IReadOnlyList<string> Scenarios);

/// <summary>
/// Reads the result store, opened read-only for each request: the pages never change it. An experiment is
/// found by its hash, checked to be 64 hex digits first; nothing from a request is ever used as a path.
/// </summary>
public sealed partial class StoredResults(ViewerOptions options)
{
    public static bool IsHash(string? text) => text is not null && HashPattern().IsMatch(text);

    public bool Exists => File.Exists(options.StorePath);

    public string StorePath => options.StorePath;

    public IReadOnlyList<StoredRun> List()
    {
        if (!Exists)
            return [];
        using var store = ResultStore.OpenReadOnly(options.StorePath);
        return [.. store.Experiments().Select(e => new StoredRun(e, store.ReplicationCount(e.Id), [.. store.Scenarios(e.Id).Select(s => s.Name)]))];
    }

    /// <summary>The experiment and its results over the replications every scenario has; null if the store has no such experiment.</summary>
    public (StoredExperiment Experiment, ComparisonResult? Result)? Open(string hash)
    {
        if (!IsHash(hash) || !Exists)
            return null;
        using var store = ResultStore.OpenReadOnly(options.StorePath);
        var experiment = store.Find(hash);
        if (experiment is null)
            return null;
        return (experiment, ComparisonPlan.FromStore(store, experiment));
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex HashPattern();
}
