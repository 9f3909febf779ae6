using Microsoft.Data.Sqlite;

namespace Planner.Scenarios.Store;

/// <summary>What a merge did for one experiment.</summary>
/// <param name="Damaged">Replications of the inputs that failed their checksum and were left out ("shard.db: replication 3 of point 0 (…)").</param>
public sealed record MergedExperiment(StoredExperiment Experiment, int Added, int AlreadyThere, IReadOnlyList<string> Gaps, IReadOnlyList<string>? Damaged = null);

/// <summary>
/// Combines shard stores into one. Every input must hold the same experiments (by hash); the output may
/// already hold them or others. A replication present in more than one place must carry the same numbers
/// (it would not if the shards ran different versions of Planner), otherwise nothing is written. The whole
/// merge is one transaction on the output: it lands completely or not at all. Inputs are opened read-only.
/// </summary>
public static class StoreMerge
{
    private static readonly string[] ReplicationColumns =
    [
        "point_index", "replication", "seed", "households_initial", "households_arrived", "households_active_at_end",
        "households_exited", "households_in_intake_at_end", "staff_initial", "staff_hired", "staff_employed_at_end", "staff_left",
    ];

    /// <param name="lockOutput">Takes the output store's writer lock (<see cref="StoreLock"/>) once the inputs check out.</param>
    public static IReadOnlyList<MergedExperiment> Merge(string output, IReadOnlyList<string> inputs, Func<IDisposable>? lockOutput = null)
    {
        var outputFull = Path.GetFullPath(output);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var full = Path.GetFullPath(input);
            if (full == outputFull)
                throw new StoreException($"{input}: is also the output; merge into a new or another store");
            if (!seen.Add(full))
                throw new StoreException($"{input}: given twice");
        }

        var stores = new List<ResultStore>();
        try
        {
            foreach (var input in inputs)
                stores.Add(ResultStore.OpenReadOnly(input));
            var first = stores[0].Experiments();
            if (first.Count == 0)
                throw new StoreException($"{inputs[0]}: holds no experiment");
            for (var i = 1; i < stores.Count; i++)
            {
                var these = stores[i].Experiments();
                if (!these.Select(e => e.Hash).SequenceEqual(first.Select(e => e.Hash)))
                    throw new StoreException($"{inputs[i]}: holds {Describe(these)}, but {inputs[0]} holds {Describe(first)}; "
                        + "merge combines the shard stores of one experiment (the same file, scenarios, design, years and seed)");
            }

            var existed = File.Exists(output);
            try
            {
                using var target = ResultStore.Open(output);
                using var writer = lockOutput?.Invoke();
                return Copy(target, stores, inputs, first);
            }
            catch when (!existed)
            {
                // A new output that could not be filled is removed, so a failed merge leaves nothing behind.
                SqliteConnection.ClearAllPools();
                foreach (var file in new[] { output, output + "-wal", output + "-shm" })
                    File.Delete(file);
                throw;
            }
        }
        finally
        {
            foreach (var store in stores)
                store.Dispose();
        }
    }

    private static string Describe(IReadOnlyList<StoredExperiment> experiments) =>
        experiments.Count == 0 ? "no experiment" : string.Join(", ", experiments.Select(e => $"experiment \"{e.Name}\" ({e.ShortHash})"));

    private static List<MergedExperiment> Copy(ResultStore target, IReadOnlyList<ResultStore> stores, IReadOnlyList<string> inputs,
        IReadOnlyList<StoredExperiment> experiments)
    {
        var report = new List<MergedExperiment>();
        lock (target.Gate)
        {
            var db = target.Connection;
            using var transaction = db.BeginTransaction();
            foreach (var experiment in experiments)
            {
                var id = EnsureExperiment(db, transaction, stores[0], experiment);
                var present = Keys(db, transaction, "SELECT point_index, replication FROM replications WHERE experiment_id = $e", id);
                var before = present.Count;
                var damaged = new List<string>();
                for (var s = 0; s < stores.Count; s++)
                {
                    var source = stores[s];
                    var sourceId = source.Find(experiment.Hash)!.Id;
                    CheckColumns(db, transaction, source, sourceId, id, inputs[s]);
                    var incoming = Keys(source, "SELECT point_index, replication FROM replications WHERE experiment_id = $e", sourceId);
                    // A damaged replication is left out, not merged: the merged store lacks it, and a run on the merged store runs it again.
                    foreach (var bad in source.Damaged(sourceId))
                    {
                        incoming.Remove((bad.Point, bad.Replication));
                        damaged.Add($"{inputs[s]}: {bad}");
                    }
                    var fresh = incoming.Where(k => !present.Contains(k)).ToHashSet();
                    CheckOverlap(db, transaction, source, sourceId, id, incoming.Where(present.Contains).ToHashSet(), inputs[s]);
                    CopyRows(db, transaction, source, sourceId, id, "metrics", ["point_index", "replication", "metric", "value"], fresh);
                    CopyRows(db, transaction, source, sourceId, id, "monthly", ["point_index", "replication", "column_index", "series"], fresh);
                    CopyRows(db, transaction, source, sourceId, id, "replications",
                        source.HasColumn("replications", "checksum") ? [.. ReplicationColumns, "checksum"] : ReplicationColumns, fresh);
                    present.UnionWith(fresh);
                }
                report.Add(new MergedExperiment(experiment, present.Count - before, before, Gaps(present), damaged));
            }
            transaction.Commit();
        }
        return report;
    }

    /// <summary>The experiment's id in the output, copying its definition, scenarios, points and monthly columns if new.</summary>
    private static long EnsureExperiment(SqliteConnection db, SqliteTransaction transaction, ResultStore source, StoredExperiment experiment)
    {
        using (var find = Command(db, transaction, "SELECT experiment_id FROM experiments WHERE hash = $h"))
        {
            find.Parameters.AddWithValue("$h", experiment.Hash);
            if (find.ExecuteScalar() is long existing)
                return existing;
        }
        long id;
        using (var insert = Command(db, transaction,
                   "INSERT INTO experiments(hash, name, kind, years, seed, monthly, definition) VALUES($h, $n, $k, $y, $s, $m, $d) RETURNING experiment_id"))
        {
            insert.Parameters.AddWithValue("$h", experiment.Hash);
            insert.Parameters.AddWithValue("$n", experiment.Name);
            insert.Parameters.AddWithValue("$k", experiment.Kind);
            insert.Parameters.AddWithValue("$y", experiment.Years);
            insert.Parameters.AddWithValue("$s", experiment.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
            insert.Parameters.AddWithValue("$m", experiment.Monthly ? 1 : 0);
            insert.Parameters.AddWithValue("$d", experiment.Definition);
            id = (long)insert.ExecuteScalar()!;
        }
        CopyRows(db, transaction, source, experiment.Id, id, "scenarios", ["scenario_index", "name", "hash", "json"], null);
        if (source.HasTable("scenario_files"))
            CopyRows(db, transaction, source, experiment.Id, id, "scenario_files", ["scenario_index", "file"], null);
        CopyRows(db, transaction, source, experiment.Id, id, "points", ["point_index", "scenario_index"], null);
        CopyRows(db, transaction, source, experiment.Id, id, "point_parameters", ["point_index", "position", "path", "value"], null);
        CopyRows(db, transaction, source, experiment.Id, id, "monthly_columns", ["column_index", "name"], null);
        return id;
    }

    private static void CheckColumns(SqliteConnection db, SqliteTransaction transaction, ResultStore source, long sourceId, long id, string input)
    {
        var theirs = new List<string>();
        using (var reader = source.Query("SELECT name FROM monthly_columns WHERE experiment_id = $e ORDER BY column_index", ("$e", sourceId)))
        {
            while (reader.Read())
                theirs.Add(reader.GetString(0));
        }
        var ours = new List<string>();
        using (var command = Command(db, transaction, "SELECT name FROM monthly_columns WHERE experiment_id = $e ORDER BY column_index"))
        {
            command.Parameters.AddWithValue("$e", id);
            using var reader = command.ExecuteReader();
            while (reader.Read())
                ours.Add(reader.GetString(0));
        }
        if (ours.Count == 0 && theirs.Count > 0)
            CopyRows(db, transaction, source, sourceId, id, "monthly_columns", ["column_index", "name"], null);
        else if (theirs.Count > 0 && !ours.SequenceEqual(theirs))
            throw new StoreException($"{input}: its monthly series have other columns than the merged store's; it was made by another version of Planner");
    }

    /// <summary>A replication in two stores must have the same numbers; different numbers mean different versions of the model.</summary>
    private static void CheckOverlap(SqliteConnection db, SqliteTransaction transaction, ResultStore source, long sourceId, long id,
        HashSet<(int, int)> overlap, string input)
    {
        if (overlap.Count == 0)
            return;
        var ours = new Dictionary<(int, int, string), object>();
        using (var command = Command(db, transaction, "SELECT point_index, replication, metric, value FROM metrics WHERE experiment_id = $e"))
        {
            command.Parameters.AddWithValue("$e", id);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var key = (reader.GetInt32(0), reader.GetInt32(1));
                if (overlap.Contains(key))
                    ours[(key.Item1, key.Item2, reader.GetString(2))] = reader.GetValue(3);
            }
        }
        using var theirs = source.Query("SELECT point_index, replication, metric, value FROM metrics WHERE experiment_id = $e", ("$e", sourceId));
        while (theirs.Read())
        {
            var key = (theirs.GetInt32(0), theirs.GetInt32(1));
            if (!overlap.Contains(key))
                continue;
            var metric = theirs.GetString(2);
            if (!ours.TryGetValue((key.Item1, key.Item2, metric), out var value) || !Equals(value, theirs.GetValue(3)))
                throw new StoreException($"{input}: replication {key.Item2} of point {key.Item1} is already in the merged store with a different {metric}; "
                    + "the stores were made by different versions of Planner and cannot be merged");
        }
    }

    private static void CopyRows(SqliteConnection db, SqliteTransaction transaction, ResultStore source, long sourceId, long id,
        string table, string[] columns, HashSet<(int, int)>? only)
    {
        using var insert = Command(db, transaction,
            $"INSERT INTO {table}(experiment_id, {string.Join(", ", columns)}) VALUES($e, {string.Join(", ", columns.Select((_, i) => "$c" + i))})");
        insert.Parameters.AddWithValue("$e", id);
        for (var i = 0; i < columns.Length; i++)
            insert.Parameters.Add(new SqliteParameter("$c" + i, DBNull.Value));
        using var reader = source.Query($"SELECT {string.Join(", ", columns)} FROM {table} WHERE experiment_id = $e", ("$e", sourceId));
        while (reader.Read())
        {
            if (only is not null && !only.Contains((reader.GetInt32(0), reader.GetInt32(1))))
                continue;
            for (var i = 0; i < columns.Length; i++)
                insert.Parameters[i + 1].Value = reader.GetValue(i);
            insert.ExecuteNonQuery();
        }
    }

    private static HashSet<(int, int)> Keys(SqliteConnection db, SqliteTransaction transaction, string sql, long id)
    {
        using var command = Command(db, transaction, sql);
        command.Parameters.AddWithValue("$e", id);
        using var reader = command.ExecuteReader();
        var keys = new HashSet<(int, int)>();
        while (reader.Read())
            keys.Add((reader.GetInt32(0), reader.GetInt32(1)));
        return keys;
    }

    private static HashSet<(int, int)> Keys(ResultStore store, string sql, long id)
    {
        using var reader = store.Query(sql, ("$e", id));
        var keys = new HashSet<(int, int)>();
        while (reader.Read())
            keys.Add((reader.GetInt32(0), reader.GetInt32(1)));
        return keys;
    }

    /// <summary>Points whose replications are not numbered 1..n without holes: a shard store is probably missing.</summary>
    private static IReadOnlyList<string> Gaps(HashSet<(int Point, int Replication)> present) =>
        present.GroupBy(k => k.Point).OrderBy(g => g.Key)
            .Select(g => (Point: g.Key, Max: g.Max(k => k.Replication), Count: g.Count()))
            .Where(p => p.Count != p.Max)
            .Select(p => $"point {p.Point}: {p.Count} of replications 1–{p.Max}")
            .ToList();

    private static SqliteCommand Command(SqliteConnection db, SqliteTransaction transaction, string sql)
    {
        var command = db.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}
