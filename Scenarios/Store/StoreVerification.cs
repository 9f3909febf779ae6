using System.Globalization;
using Microsoft.Data.Sqlite;
using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Store;

/// <summary>A stored replication whose rows no longer give its checksum, or cannot be read at all.</summary>
public sealed record DamagedReplication(int Point, int Replication, string Reason)
{
    public override string ToString() => $"replication {Replication} of point {Point} ({Reason})";
}

/// <summary>
/// Recomputes every stored replication's checksum from its rows, in one ordered pass over the replication,
/// metric and monthly tables side by side (memory stays that of one replication, whatever the store's size).
/// A replication written before checksums existed (checksum NULL) cannot be checked and is taken as it is.
/// </summary>
internal static class StoreVerification
{
    public static IReadOnlyList<DamagedReplication> Damaged(ResultStore store, long experimentId)
    {
        var damaged = new List<DamagedReplication>();
        if (!store.HasColumn("replications", "checksum"))
            return damaged;
        lock (store.Gate)
        {
            using var replications = store.Query("""
                SELECT point_index, replication, seed, households_initial, households_arrived, households_active_at_end, households_exited,
                       households_in_intake_at_end, staff_initial, staff_hired, staff_employed_at_end, staff_left, checksum
                FROM replications WHERE experiment_id = $e ORDER BY point_index, replication
                """, ("$e", experimentId));
            using var metrics = new Cursor(store.Query(
                "SELECT point_index, replication, metric, value FROM metrics WHERE experiment_id = $e ORDER BY point_index, replication, metric",
                ("$e", experimentId)));
            using var monthly = new Cursor(store.Query(
                "SELECT point_index, replication, column_index, series FROM monthly WHERE experiment_id = $e ORDER BY point_index, replication, column_index",
                ("$e", experimentId)));
            while (replications.Read())
            {
                var point = replications.GetInt32(0);
                var replication = replications.GetInt32(1);
                try
                {
                    var stored = replications.IsDBNull(12) ? null : replications.GetValue(12) as string;
                    var seed = replications.GetValue(2) as string ?? "";
                    var conservation = new Conservation(Int(replications, 3), Int(replications, 4), Int(replications, 5), Int(replications, 6),
                        Int(replications, 7), Int(replications, 8), Int(replications, 9), Int(replications, 10), Int(replications, 11));
                    using var checksum = new ReplicationChecksum(point, replication, seed, conservation);
                    metrics.SkipBefore(point, replication);
                    while (metrics.At(point, replication))
                    {
                        var value = metrics.Reader.IsDBNull(3) ? (double?)null : metrics.Reader.GetValue(3) is double d ? d : double.NaN;
                        checksum.Metric(metrics.Reader.GetValue(2) as string ?? "", value);
                        metrics.Next();
                    }
                    monthly.SkipBefore(point, replication);
                    while (monthly.At(point, replication))
                    {
                        checksum.Series(monthly.Reader.GetInt32(2), monthly.Reader.GetValue(3) as string ?? "");
                        monthly.Next();
                    }
                    var actual = checksum.Value();
                    if (!ulong.TryParse(seed, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                        damaged.Add(new DamagedReplication(point, replication, $"its seed \"{seed}\" is not a number"));
                    else if (stored is not null && stored != actual)
                        damaged.Add(new DamagedReplication(point, replication, "its values do not match its checksum"));
                }
                catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException)
                {
                    damaged.Add(new DamagedReplication(point, replication, "a value of the wrong type: " + e.Message));
                }
            }
        }
        return damaged;
    }

    private static int Int(StoreReader reader, int i) => reader.GetValue(i) is long l ? checked((int)l) : throw new FormatException($"column {i} is not a whole number");

    /// <summary>One of the ordered side tables, read along with the replications.</summary>
    private sealed class Cursor : IDisposable
    {
        private bool has;

        public Cursor(StoreReader reader)
        {
            Reader = reader;
            has = reader.Read();
        }

        public StoreReader Reader { get; }

        public bool At(int point, int replication) => has && Reader.GetInt32(0) == point && Reader.GetInt32(1) == replication;

        public void Next() => has = Reader.Read();

        /// <summary>Passes over rows of replications that have no replication row (none, unless the store is damaged).</summary>
        public void SkipBefore(int point, int replication)
        {
            while (has && (Reader.GetInt32(0) < point || (Reader.GetInt32(0) == point && Reader.GetInt32(1) < replication)))
                has = Reader.Read();
        }

        public void Dispose() => Reader.Dispose();
    }
}
