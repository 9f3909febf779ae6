using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Planner.Scenarios.Store;

/// <summary>
/// The statements that save a replication, compiled once per store and reused for every row with only
/// their parameter values changed. Not thread-safe: the store calls it under its lock.
/// </summary>
internal sealed partial class ReplicationInserts(SqliteConnection connection) : IDisposable
{
    private readonly Statement metric = new(connection,
        "INSERT INTO metrics(experiment_id, point_index, replication, metric, value) VALUES($e, $p, $r, $k, $v)");

    private readonly Statement monthly = new(connection,
        "INSERT INTO monthly(experiment_id, point_index, replication, column_index, series) VALUES($e, $p, $r, $c, $s)");

    private readonly Statement replication = new(connection, """
        INSERT INTO replications(experiment_id, point_index, replication, seed, households_initial, households_arrived,
            households_active_at_end, households_exited, households_in_intake_at_end, staff_initial, staff_hired,
            staff_employed_at_end, staff_left, checksum)
        VALUES($e, $p, $r, $s, $c0, $c1, $c2, $c3, $c4, $c5, $c6, $c7, $c8, $x)
        """);

    /// <summary>Inserts a replication's metrics and series, and last its replication row, which is what marks it as done.</summary>
    public void Insert(long experimentId, ReplicationRows rows, SqliteTransaction transaction)
    {
        foreach (var (key, value) in rows.Metrics)
            metric.Run(transaction, experimentId, rows.Point, rows.Replication, key, double.IsFinite(value) ? value : DBNull.Value);
        for (var c = 0; c < rows.Series.Count; c++)
            monthly.Run(transaction, experimentId, rows.Point, rows.Replication, c, rows.Series[c]);
        var k = rows.Conservation;
        replication.Run(transaction, experimentId, rows.Point, rows.Replication, rows.Seed.ToString(CultureInfo.InvariantCulture),
            k.HouseholdsInitial, k.HouseholdsArrived, k.HouseholdsActiveAtEnd, k.HouseholdsExited, k.HouseholdsInIntakeAtEnd,
            k.StaffInitial, k.StaffHired, k.StaffEmployedAtEnd, k.StaffLeft, rows.Checksum ?? ReplicationChecksum.Of(rows));
    }

    public void Dispose()
    {
        metric.Dispose();
        monthly.Dispose();
        replication.Dispose();
    }

    [GeneratedRegex(@"\$\w+")]
    private static partial Regex ParameterName();

    /// <summary>A command with its parameters made once, in the order they appear in its text.</summary>
    private sealed class Statement : IDisposable
    {
        private readonly SqliteCommand command;
        private readonly SqliteParameter[] parameters;

        public Statement(SqliteConnection connection, string sql)
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            parameters = ParameterName().Matches(sql).Select(m => command.Parameters.Add(new SqliteParameter { ParameterName = m.Value })).ToArray();
        }

        public void Run(SqliteTransaction transaction, params object[] values)
        {
            command.Transaction = transaction;
            for (var i = 0; i < parameters.Length; i++)
                parameters[i].Value = values[i];
            command.ExecuteNonQuery();
        }

        public void Dispose() => command.Dispose();
    }
}
