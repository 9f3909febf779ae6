using System.Globalization;
using Microsoft.Data.Sqlite;
using Planner.Scenarios.Experiments;
using Planner.Simulation.Metrics;

namespace Planner.Scenarios.Store;

/// <summary>A problem with a store file that the user can act on (wrong file, another format, another experiment).</summary>
public sealed class StoreException(string message) : Exception(message);

/// <summary>A scenario of a stored experiment: its effective JSON (no run block) and, if recorded, the file it was read from.</summary>
public sealed record StoredScenario(int Index, string Name, string Hash, string Json, string? File);

/// <summary>An experiment as the store knows it.</summary>
public sealed record StoredExperiment(
    long Id, string Hash, string Name, string Kind, double Years, ulong Seed, bool Monthly, string Definition)
{
    public string ShortHash => Hash[..12];
}

/// <summary>
/// The embedded result store (SQLite, one file). A replication is written inside one transaction (alone, or
/// with others that were waiting to be written), replication row last, so a replication is either wholly
/// there or not at all: a run that is killed loses only the replications not yet committed — none of them
/// was reported as saved — and the same command resumes where it stopped. Write-ahead logging lets readers
/// (an export, a dashboard) read while a run writes and see only committed replications. Thread-safe
/// through one lock; the engine saves from one writer thread.
/// </summary>
public sealed class ResultStore : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly Lock gate = new();
    private readonly Dictionary<long, IReadOnlyList<string>> monthlyColumns = [];
    private ReplicationInserts? inserts;
    private SqliteTransaction? snapshot;

    private ResultStore(string path, SqliteConnection connection)
    {
        Path = path;
        this.connection = connection;
    }

    public string Path { get; }

    /// <summary>True when the store was opened read-only, asked for or because its file or folder cannot be written.</summary>
    public bool IsReadOnly { get; private set; }

    /// <summary>
    /// Opens a store for writing. A new store is built beside its path and moved there complete — tables made,
    /// write-ahead logging on — so a reader that opens the file as soon as it appears finds a whole store in
    /// write-ahead mode: it never meets a half-made file, and never takes the lock that switching the journal
    /// mode needs, which is what held early readers up for the length of a short run.
    /// </summary>
    public static ResultStore Open(string path)
    {
        if (Directory.Exists(path))
            throw new StoreException($"{path}: is a folder; expected a store file, e.g. {System.IO.Path.Combine(path, "planner.db")}");
        CheckPath(path);
        string folder;
        try
        {
            folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".";
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"{path}: cannot create the store's folder: {e.Message}");
        }
        if (File.Exists(path) && !Writable(path, folder))
        {
            // A complete store on a read-only mount still serves a run whose replications are all there.
            return OpenReadOnly(path);
        }
        if (!File.Exists(path))
            Create(path, folder);
        var store = Connect(path, SqliteOpenMode.ReadWrite);
        try
        {
            store.CheckFormat();
            if (!store.HasTable(StoreSchema.Newest))
                store.Execute(StoreSchema.Create);
            if (!store.HasColumn("replications", "checksum"))
                store.Execute(StoreSchema.AddChecksum);
            // A store is made in write-ahead mode and the mode is kept in the file; this only repairs one that lost it.
            if (store.Scalar("PRAGMA journal_mode") as string != "wal")
                store.Execute("PRAGMA journal_mode=WAL");
            // "Nothing reported as saved is lost": against a killed process, synchronous=NORMAL would do, as a commit in
            // write-ahead mode is in the log file (the system's cache) once its write returns; against a power cut or a
            // crashed machine it takes FULL, which flushes the log to disk at every commit. FULL it is: the flush is
            // paid on the engine's writer thread, not by the simulation, and serves every replication of its commit.
            store.Execute("PRAGMA synchronous=FULL");
            return store;
        }
        catch (SqliteException e)
        {
            store.Dispose();
            throw new StoreException((e.SqliteErrorCode & 0xFF) == 11
                ? $"{path}: the store is damaged ({OneLine(e.Message)}); move it aside and run again into a new store, or recover what is readable with sqlite3's .recover"
                : $"{path}: not a Planner result store ({OneLine(e.Message)})");
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    private static void CheckPath(string path)
    {
        if (Planner.Scenarios.Files.InputFile.PathTextProblem(path) is { } problem)
            throw new StoreException($"{Planner.Scenarios.Files.InputFile.Shown(path)}: {problem}; expected the path of a store file, e.g. results/planner.db");
        if (Planner.Scenarios.Files.InputFile.NotRegularFile(path) is { } kind)
            throw new StoreException($"{path}: {kind}; expected a store file, e.g. results/planner.db");
    }

    /// <summary>
    /// Whether this process may write the store and make its log files beside it. Root ignores permission bits, so
    /// a read-only mount is found by trying: opening the file for writing, and making (and removing) a file in its folder.
    /// </summary>
    private static bool Writable(string path, string folder)
    {
        try
        {
            try
            {
                using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete))
                {
                }
            }
            catch (IOException e) when (StoreLock.IsSharingViolation(e))
            {
                // Another run holds the store's writer lock: the file is writable, only busy.
            }
            var probe = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(path)}.probe-{Guid.NewGuid():N}");
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Builds an empty store under a hidden name in the same folder and moves it to <paramref name="path"/>.</summary>
    private static void Create(string path, string folder)
    {
        var building = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(path)}.new-{Guid.NewGuid():N}");
        try
        {
            using (var store = Connect(building, SqliteOpenMode.ReadWriteCreate))
            {
                store.Execute("PRAGMA journal_mode=WAL");
                using var transaction = store.connection.BeginTransaction();
                store.Execute(StoreSchema.Create, transaction);
                store.Execute($"INSERT INTO store_info(key, value) VALUES('format', '{StoreSchema.Format}')", transaction);
                transaction.Commit();
            }
            // Closed: the log is folded into the file and removed, so the file alone is the store.
            try
            {
                File.Move(building, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process made the store first; it is as good as this one.
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException or StoreException)
        {
            throw new StoreException($"{path}: cannot create the store: {e.Message}");
        }
        finally
        {
            foreach (var file in new[] { building, building + "-wal", building + "-shm" })
                TryDelete(file);
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A hidden leftover beside the store is harmless; hiding the original error is not.
        }
    }

    /// <summary>Opens an existing store for reading only; it is never changed.</summary>
    public static ResultStore OpenReadOnly(string path)
    {
        if (Directory.Exists(path))
            throw new StoreException($"{path}: is a folder; expected a store file, e.g. {System.IO.Path.Combine(path, "planner.db")}");
        CheckPath(path);
        if (!File.Exists(path))
            throw new StoreException($"{path}: store not found");
        ResultStore? store = null;
        try
        {
            store = Connect(path, SqliteOpenMode.ReadOnly);
            store.CheckFormat();
        }
        catch (StoreException)
        {
            store?.Dispose();
            store = null;
            if (Writable(path, System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? "."))
                throw;
        }
        if (store is null)
        {
            // In write-ahead mode even a reader makes the shared-memory file beside the store; on a read-only mount it
            // cannot, so a store that was closed cleanly (its log folded in) is opened as the unchanging file it is.
            if (File.Exists(path + "-wal") && new FileInfo(path + "-wal").Length > 0)
                throw new StoreException($"{path}: is on a read-only file system with an unfinished log ({System.IO.Path.GetFileName(path)}-wal) beside it; "
                    + "copy the store and its -wal file to a writable folder and open it there");
            store = Connect("file:" + Uri.EscapeDataString(System.IO.Path.GetFullPath(path)).Replace("%2F", "/", StringComparison.Ordinal) + "?immutable=1", SqliteOpenMode.ReadOnly, path);
            try
            {
                store.CheckFormat();
            }
            catch
            {
                store.Dispose();
                throw;
            }
        }
        store.IsReadOnly = true;
        return store;
    }

    private static ResultStore Connect(string path, SqliteOpenMode mode, string? shown = null)
    {
        const int timeoutSeconds = 60;
        var text = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            // No pool: a closed store lets go of its file at once, so it can be moved, merged or deleted.
            Pooling = false,
            DefaultTimeout = timeoutSeconds,
        }.ToString();
        var connection = new SqliteConnection(text);
        try
        {
            connection.Open();
            // SQLite's own wait retries a busy lock within milliseconds of its release; without it the driver
            // sleeps 150 ms per try, longer than a small run takes. In write-ahead mode readers and the writer
            // wait on each other only for the moments of opening and closing the log.
            using var busy = connection.CreateCommand();
            busy.CommandText = $"PRAGMA busy_timeout = {timeoutSeconds * 1000}";
            busy.ExecuteNonQuery();
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException($"{shown ?? path}: cannot open the store: {OneLine(e.Message)}");
        }
        return new ResultStore(shown ?? path, connection);
    }

    /// <summary>A message on one line and of a readable length: SQLite quotes whole damaged schema lines.</summary>
    internal static string OneLine(string message)
    {
        var line = string.Join(' ', message.ReplaceLineEndings(" ").Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');
        return line.Length <= 160 ? line : line[..157] + "...";
    }

    private void CheckFormat()
    {
        string? format;
        try
        {
            format = Scalar("SELECT value FROM store_info WHERE key = 'format'") as string;
        }
        catch (SqliteException e)
        {
            var empty = File.Exists(Path) && new FileInfo(Path).Length == 0;
            throw new StoreException(empty
                ? $"{Path}: is an empty file, not a Planner result store; delete it or give another --store"
                : (e.SqliteErrorCode & 0xFF) == 11
                    ? $"{Path}: the store is damaged ({OneLine(e.Message)}); move it aside and run again into a new store, or recover what is readable with sqlite3's .recover"
                    : $"{Path}: not a Planner result store ({OneLine(e.Message)})");
        }
        if (format != StoreSchema.Format)
            throw new StoreException($"{Path}: store format \"{format}\" is not the supported \"{StoreSchema.Format}\"");
    }

    /// <summary>Whether the store has a table; one made by an earlier version may lack the newest.</summary>
    public bool HasTable(string name)
    {
        lock (gate)
            return (long)Scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $n", ("$n", name))! > 0;
    }

    /// <summary>Whether a table has a column; a store made by an earlier version may lack the newest.</summary>
    public bool HasColumn(string table, string column)
    {
        lock (gate)
        {
            using var reader = Query($"SELECT COUNT(*) FROM pragma_table_info('{table}') WHERE name = $c", ("$c", column));
            return reader.Read() && reader.GetInt64(0) > 0;
        }
    }

    /// <summary>Stored replications of an experiment whose rows no longer match their checksum (see <see cref="ReplicationChecksum"/>).</summary>
    public IReadOnlyList<DamagedReplication> Damaged(long experimentId) => StoreVerification.Damaged(this, experimentId);

    /// <summary>Deletes replications (their metrics, series and row) in one transaction, so that they are run again.</summary>
    public void Forget(long experimentId, IEnumerable<(int Point, int Replication)> replications)
    {
        lock (gate)
        {
            using var transaction = connection.BeginTransaction();
            foreach (var (point, replication) in replications)
            {
                foreach (var table in new[] { "replications", "metrics", "monthly" })
                    Execute($"DELETE FROM {table} WHERE experiment_id = $e AND point_index = $p AND replication = $r", transaction,
                        ("$e", experimentId), ("$p", point), ("$r", replication));
            }
            transaction.Commit();
        }
    }

    public IReadOnlyList<StoredExperiment> Experiments()
    {
        lock (gate)
        {
            using var command = Command("SELECT experiment_id, hash, name, kind, years, seed, monthly, definition FROM experiments ORDER BY hash");
            using var reader = command.ExecuteReader();
            var list = new List<StoredExperiment>();
            while (reader.Read())
            {
                var seedText = reader.GetValue(5) as string;
                if (!ulong.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out var seed) || reader.GetValue(1) is not string { Length: >= 12 } hash)
                    throw new StoreException($"{Path}: the store is damaged: experiment {reader.GetInt64(0)} has an unreadable definition; move the store aside and run again into a new one");
                list.Add(new StoredExperiment(reader.GetInt64(0), hash, reader.GetString(2), reader.GetString(3),
                    reader.GetDouble(4), seed, reader.GetInt64(6) != 0, reader.GetString(7)));
            }
            return list;
        }
    }

    public StoredExperiment? Find(string hash) => Experiments().FirstOrDefault(e => e.Hash == hash);

    /// <summary>The experiment's id in this store, writing its definition, scenarios and points the first time (one transaction).</summary>
    public long EnsureExperiment(ExperimentPlan plan)
    {
        lock (gate)
        {
            if (Scalar("SELECT experiment_id FROM experiments WHERE hash = $h", ("$h", plan.Hash)) is long existing)
            {
                if (IsReadOnly)
                    return existing;
                // An experiment stored by an earlier version has no files yet; the first command that knows them records them.
                if (plan.Sources is not null && Scalar("SELECT COUNT(*) FROM scenario_files WHERE experiment_id = $e", ("$e", existing)) is 0L)
                {
                    using var adding = connection.BeginTransaction();
                    RecordSources(plan, existing, adding);
                    adding.Commit();
                }
                return existing;
            }
            if (IsReadOnly)
                throw new StoreException($"{Path}: the store is read-only and does not hold the experiment \"{plan.Name}\" ({plan.ShortHash}); "
                    + "give a writable --store, or copy the store to a writable folder");
            using var transaction = connection.BeginTransaction();
            var id = (long)Scalar(
                "INSERT INTO experiments(hash, name, kind, years, seed, monthly, definition) VALUES($h, $n, $k, $y, $s, $m, $d) RETURNING experiment_id",
                transaction, ("$h", plan.Hash), ("$n", plan.Name), ("$k", plan.Kind), ("$y", plan.Run.Years),
                ("$s", plan.Run.Seed.ToString(CultureInfo.InvariantCulture)), ("$m", plan.StoreMonthly ? 1 : 0), ("$d", plan.Definition))!;
            for (var i = 0; i < plan.Scenarios.Count; i++)
            {
                Execute("INSERT INTO scenarios(experiment_id, scenario_index, name, hash, json) VALUES($e, $i, $n, $h, $j)", transaction,
                    ("$e", id), ("$i", i), ("$n", plan.Scenarios[i].Name), ("$h", plan.ScenarioHashes[i]), ("$j", plan.ScenarioJson[i]));
            }
            RecordSources(plan, id, transaction);
            using var point = Command("INSERT INTO points(experiment_id, point_index, scenario_index) VALUES($e, $p, $s)", transaction);
            using var setting = Command("INSERT INTO point_parameters(experiment_id, point_index, position, path, value) VALUES($e, $p, $i, $path, $v)", transaction);
            foreach (var p in plan.Points)
            {
                Run(point, ("$e", id), ("$p", p.Index), ("$s", p.ScenarioIndex));
                for (var i = 0; i < p.Settings.Count; i++)
                    Run(setting, ("$e", id), ("$p", p.Index), ("$i", i), ("$path", p.Settings[i].Path), ("$v", p.Settings[i].Value));
            }
            transaction.Commit();
            return id;
        }
    }

    /// <summary>An experiment's scenarios in order, with the files they were read from where the store recorded them.</summary>
    public IReadOnlyList<StoredScenario> Scenarios(long experimentId)
    {
        lock (gate)
        {
            var files = HasTable("scenario_files")
                ? "(SELECT f.file FROM scenario_files f WHERE f.experiment_id = s.experiment_id AND f.scenario_index = s.scenario_index)"
                : "NULL";
            using var command = Command($"SELECT s.scenario_index, s.name, s.hash, s.json, {files} FROM scenarios s WHERE s.experiment_id = $e ORDER BY s.scenario_index",
                null, ("$e", experimentId));
            using var reader = command.ExecuteReader();
            var list = new List<StoredScenario>();
            while (reader.Read())
                list.Add(new StoredScenario(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
            return list;
        }
    }

    private void RecordSources(ExperimentPlan plan, long experimentId, SqliteTransaction transaction)
    {
        for (var i = 0; i < (plan.Sources?.Count ?? 0); i++)
        {
            Execute("INSERT INTO scenario_files(experiment_id, scenario_index, file) VALUES($e, $i, $f)", transaction,
                ("$e", experimentId), ("$i", i), ("$f", plan.Sources![i]));
        }
    }

    /// <summary>The (point, replication) pairs already saved for an experiment.</summary>
    public IReadOnlySet<(int Point, int Replication)> Completed(long experimentId)
    {
        lock (gate)
        {
            using var command = Command("SELECT point_index, replication FROM replications WHERE experiment_id = $e", null, ("$e", experimentId));
            using var reader = command.ExecuteReader();
            var done = new HashSet<(int, int)>();
            while (reader.Read())
                done.Add((reader.GetInt32(0), reader.GetInt32(1)));
            return done;
        }
    }

    /// <summary>Saves one replication in its own transaction; when this returns, it is on disk.</summary>
    public void Save(long experimentId, int point, ReplicationResult result, bool monthly) =>
        Save(experimentId, [ReplicationRows.From(point, result, monthly)]);

    /// <summary>
    /// Saves replications in one transaction, each one's replication row after its metrics and series: when this
    /// returns, all of them are on disk; if it throws, none of them is in the store.
    /// </summary>
    public void Save(long experimentId, IReadOnlyList<ReplicationRows> replications)
    {
        lock (gate)
        {
            try
            {
                using var transaction = connection.BeginTransaction();
                inserts ??= new ReplicationInserts(connection);
                foreach (var rows in replications)
                {
                    if (rows.Series.Count > 0)
                        EnsureMonthlyColumns(experimentId, rows.MonthlyColumns, transaction);
                    inserts.Insert(experimentId, rows, transaction);
                }
                transaction.Commit();
            }
            catch
            {
                // The columns may have been noted in a transaction that did not commit: read them again next time.
                monthlyColumns.Remove(experimentId);
                throw;
            }
        }
    }

    private void EnsureMonthlyColumns(long experimentId, IReadOnlyList<string> columns, SqliteTransaction transaction)
    {
        if (!monthlyColumns.TryGetValue(experimentId, out var known))
        {
            known = MonthlyColumns(experimentId, transaction);
            if (known.Count == 0)
            {
                for (var i = 0; i < columns.Count; i++)
                    Execute("INSERT INTO monthly_columns(experiment_id, column_index, name) VALUES($e, $i, $n)", transaction, ("$e", experimentId), ("$i", i), ("$n", columns[i]));
                known = columns.ToList();
            }
            monthlyColumns[experimentId] = known;
        }
        if (!known.SequenceEqual(columns, StringComparer.Ordinal))
            throw new StoreException($"{Path}: the store is damaged or was made by another version of Planner: the monthly columns it holds for this experiment "
                + "are not the ones this run writes; move the store aside and run again into a new one");
    }

    private List<string> MonthlyColumns(long experimentId, SqliteTransaction? transaction = null)
    {
        using var command = Command("SELECT name FROM monthly_columns WHERE experiment_id = $e ORDER BY column_index", transaction, ("$e", experimentId));
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
            names.Add(reader.GetString(0));
        return names;
    }

    /// <summary>Replications 1..count of a point as the model returned them (values, monthly series if kept, conservation counts).</summary>
    public IReadOnlyList<ReplicationResult> Load(long experimentId, int point, int count)
    {
        lock (gate)
        {
            var columns = MonthlyColumns(experimentId);
            var results = new List<ReplicationResult>(count);
            using var replication = Command("""
                SELECT seed, households_initial, households_arrived, households_active_at_end, households_exited, households_in_intake_at_end,
                       staff_initial, staff_hired, staff_employed_at_end, staff_left
                FROM replications WHERE experiment_id = $e AND point_index = $p AND replication = $r
                """);
            using var metric = Command("SELECT metric, value FROM metrics WHERE experiment_id = $e AND point_index = $p AND replication = $r");
            using var monthly = Command("SELECT column_index, series FROM monthly WHERE experiment_id = $e AND point_index = $p AND replication = $r ORDER BY column_index");
            for (var r = 1; r <= count; r++)
            {
                Conservation conservation;
                ulong seed;
                Bind(replication, ("$e", experimentId), ("$p", point), ("$r", r));
                using (var reader = replication.ExecuteReader())
                {
                    if (!reader.Read())
                        throw new InvalidOperationException($"Replication {r} of point {point} is not in the store.");
                    seed = ulong.Parse(reader.GetString(0), CultureInfo.InvariantCulture);
                    conservation = new Conservation(reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4),
                        reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8), reader.GetInt32(9));
                }
                var values = new Dictionary<string, double>(StringComparer.Ordinal);
                Bind(metric, ("$e", experimentId), ("$p", point), ("$r", r));
                using (var reader = metric.ExecuteReader())
                {
                    while (reader.Read())
                        values[reader.GetString(0)] = reader.IsDBNull(1) ? double.NaN : reader.GetDouble(1);
                }
                var rows = new List<double[]>();
                Bind(monthly, ("$e", experimentId), ("$p", point), ("$r", r));
                using (var reader = monthly.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        var column = reader.GetInt32(0);
                        var series = MonthlyJson.Read(reader.GetString(1));
                        while (rows.Count < series.Length)
                            rows.Add(new double[columns.Count]);
                        for (var m = 0; m < series.Length; m++)
                            rows[m][column] = series[m];
                    }
                }
                var yearly = YearlyRows.Split(values);
                results.Add(new ReplicationResult(r, seed, values, new MonthlySeries(columns, rows), conservation) { Yearly = yearly });
            }
            return results;
        }
    }

    /// <summary>One metric of replications 1..count of a point, in replication order (NaN where missing).</summary>
    public double[] MetricValues(long experimentId, int point, string metric, int count)
    {
        lock (gate)
        {
            var values = Enumerable.Repeat(double.NaN, count).ToArray();
            using var command = Command(
                "SELECT replication, value FROM metrics WHERE experiment_id = $e AND point_index = $p AND metric = $k AND replication <= $n",
                null, ("$e", experimentId), ("$p", point), ("$k", metric), ("$n", count));
            using var reader = command.ExecuteReader();
            while (reader.Read())
                values[reader.GetInt32(0) - 1] = reader.IsDBNull(1) ? double.NaN : reader.GetDouble(1);
            return values;
        }
    }

    /// <summary>Replications saved for an experiment.</summary>
    public long ReplicationCount(long experimentId)
    {
        lock (gate)
            return (long)Scalar("SELECT COUNT(*) FROM replications WHERE experiment_id = $e", ("$e", experimentId))!;
    }

    /// <summary>Rows in the result tables, read in one statement (one consistent snapshot).</summary>
    public (long Replications, long Metrics, long Monthly) RowCounts()
    {
        using var reader = Query("SELECT (SELECT COUNT(*) FROM replications), (SELECT COUNT(*) FROM metrics), (SELECT COUNT(*) FROM monthly)");
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    /// <summary>
    /// Until disposed, every read of this store sees the store as it was at this call, so an export made while
    /// a run writes has the same replications in all its files. A writer is not held up: it goes on appending
    /// to the log, and only the log's folding back into the file waits for the snapshot to end. Inside an open
    /// snapshot this returns a scope that leaves it open.
    /// </summary>
    public IDisposable Snapshot()
    {
        lock (gate)
        {
            if (snapshot is not null)
                return new SnapshotScope(this, owner: false);
            snapshot = connection.BeginTransaction(deferred: true);
            // A deferred transaction fixes its view at its first read: read now.
            Scalar("SELECT COUNT(*) FROM store_info");
            return new SnapshotScope(this, owner: true);
        }
    }

    private sealed class SnapshotScope(ResultStore store, bool owner) : IDisposable
    {
        public void Dispose()
        {
            if (!owner)
                return;
            lock (store.gate)
            {
                store.snapshot?.Dispose();
                store.snapshot = null;
            }
        }
    }

    /// <summary>A read-only query for export and merge; the caller reads it before making another call.</summary>
    internal StoreReader Query(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = Command(sql, null, parameters);
        return new StoreReader(command, command.ExecuteReader());
    }

    internal SqliteConnection Connection => connection;

    internal Lock Gate => gate;

    private SqliteCommand Command(string sql, SqliteTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction ?? snapshot;
        Bind(command, parameters);
        return command;
    }

    private static void Bind(SqliteCommand command, params (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            if (command.Parameters.Contains(name))
                command.Parameters[name].Value = value ?? DBNull.Value;
            else
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }

    private static void Run(SqliteCommand command, params (string Name, object? Value)[] parameters)
    {
        Bind(command, parameters);
        command.ExecuteNonQuery();
    }

    private void Execute(string sql, SqliteTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, transaction, parameters);
        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql, params (string Name, object? Value)[] parameters) => Scalar(sql, null, parameters);

    private object? Scalar(string sql, SqliteTransaction? transaction, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, transaction, parameters);
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        snapshot?.Dispose();
        inserts?.Dispose();
        connection.Dispose();
    }
}

/// <summary>A query's rows; disposing it also releases the query's statement.</summary>
internal sealed class StoreReader(SqliteCommand command, SqliteDataReader reader) : IDisposable
{
    public bool Read() => reader.Read();
    public int GetInt32(int i) => reader.GetInt32(i);
    public long GetInt64(int i) => reader.GetInt64(i);
    public double GetDouble(int i) => reader.GetDouble(i);
    public string GetString(int i) => reader.GetString(i);
    public bool IsDBNull(int i) => reader.IsDBNull(i);
    public object GetValue(int i) => reader.GetValue(i);
    public int FieldCount => reader.FieldCount;

    public void Dispose()
    {
        reader.Dispose();
        command.Dispose();
    }
}
