using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Store;

/// <summary>
/// One replication as the store's rows: metrics in key order and, if monthly series are kept, each
/// monthly column as its JSON array. Made on the simulation thread that ran the replication, so that
/// the store's one writer only binds and inserts: turning a replication into text costs about as much
/// as inserting it, and that part then runs on every core instead of in the writer's queue.
/// </summary>
public sealed record ReplicationRows(
    int Point,
    int Replication,
    ulong Seed,
    IReadOnlyList<KeyValuePair<string, double>> Metrics,
    IReadOnlyList<string> MonthlyColumns,
    IReadOnlyList<string> Series,
    Conservation Conservation)
{
    /// <summary>The replication's checksum, computed on the simulation thread with the rows (the writer computes it if absent).</summary>
    public string? Checksum { get; init; }

    public static ReplicationRows From(int point, ReplicationResult result, bool monthly)
    {
        var metrics = result.Values.Concat(YearlyRows.Flatten(result.Yearly)).OrderBy(v => v.Key, StringComparer.Ordinal).ToArray();
        var columns = monthly ? result.Monthly.Columns : [];
        var series = MonthlyJson.WriteColumns(result.Monthly.Rows, columns.Count);
        var rows = new ReplicationRows(point, result.Replication, result.Seed, metrics, columns, series, result.Conservation);
        return rows with { Checksum = ReplicationChecksum.Of(rows) };
    }
}
