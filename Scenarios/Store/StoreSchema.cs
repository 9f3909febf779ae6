namespace Planner.Scenarios.Store;

/// <summary>
/// The tables of the result store. Rows are keyed by what they mean — (experiment, point, replication) —
/// never by the order they were written in, so a run on one thread, on all cores or on a cluster in
/// shards gives the same rows. The experiment_id is local to one store file; the experiment's hash is
/// its identity everywhere. A monthly series is one JSON array per (replication, column): one row per
/// month and column made saving a replication cost more than simulating it.
/// </summary>
public static class StoreSchema
{
    public const string Format = "planner-store/1";

    /// <summary>The table added last; a store without it was made by an earlier version and gets it when opened for writing.</summary>
    public const string Newest = "scenario_files";

    /// <summary>The column added last: a store made before checksums gets it when opened for writing (its old rows stay unchecked).</summary>
    public const string AddChecksum = "ALTER TABLE replications ADD COLUMN checksum TEXT";

    public const string Create = """
        CREATE TABLE IF NOT EXISTS store_info(
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS experiments(
            experiment_id INTEGER PRIMARY KEY,
            hash TEXT NOT NULL UNIQUE,          -- SHA-256 of the definition and every design point
            name TEXT NOT NULL,
            kind TEXT NOT NULL,                 -- run | experiment | sensitivity
            years REAL NOT NULL,
            seed TEXT NOT NULL,                 -- unsigned 64-bit, as decimal text
            monthly INTEGER NOT NULL,           -- 1 if monthly series are kept
            definition TEXT NOT NULL);          -- JSON: scenarios by hash, the design that made the points
        CREATE TABLE IF NOT EXISTS scenarios(
            experiment_id INTEGER NOT NULL REFERENCES experiments(experiment_id),
            scenario_index INTEGER NOT NULL,
            name TEXT NOT NULL,
            hash TEXT NOT NULL,                 -- SHA-256 of json
            json TEXT NOT NULL,                 -- the scenario file with every effective value, run block left out
            PRIMARY KEY(experiment_id, scenario_index));
        CREATE TABLE IF NOT EXISTS scenario_files(
            experiment_id INTEGER NOT NULL,
            scenario_index INTEGER NOT NULL,
            file TEXT NOT NULL,                 -- where the scenario was read from when first stored; not part of the identity
            PRIMARY KEY(experiment_id, scenario_index)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS points(
            experiment_id INTEGER NOT NULL REFERENCES experiments(experiment_id),
            point_index INTEGER NOT NULL,
            scenario_index INTEGER NOT NULL,
            PRIMARY KEY(experiment_id, point_index));
        CREATE TABLE IF NOT EXISTS point_parameters(
            experiment_id INTEGER NOT NULL,
            point_index INTEGER NOT NULL,
            position INTEGER NOT NULL,
            path TEXT NOT NULL,                 -- JSON path into the scenario, e.g. strain.overloadSensitivity
            value REAL NOT NULL,
            PRIMARY KEY(experiment_id, point_index, position)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS replications(
            experiment_id INTEGER NOT NULL,
            point_index INTEGER NOT NULL,
            replication INTEGER NOT NULL,
            seed TEXT NOT NULL,
            households_initial INTEGER NOT NULL, households_arrived INTEGER NOT NULL,
            households_active_at_end INTEGER NOT NULL, households_exited INTEGER NOT NULL,
            households_in_intake_at_end INTEGER NOT NULL,
            staff_initial INTEGER NOT NULL, staff_hired INTEGER NOT NULL,
            staff_employed_at_end INTEGER NOT NULL, staff_left INTEGER NOT NULL,
            checksum TEXT,                      -- ReplicationChecksum of this row, its metrics and series; NULL in stores of earlier versions
            PRIMARY KEY(experiment_id, point_index, replication)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS metrics(
            experiment_id INTEGER NOT NULL,
            point_index INTEGER NOT NULL,
            replication INTEGER NOT NULL,
            metric TEXT NOT NULL,               -- key of the metric catalogue
            value REAL,                         -- NULL where the replication has no value
            PRIMARY KEY(experiment_id, point_index, replication, metric)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS monthly_columns(
            experiment_id INTEGER NOT NULL,
            column_index INTEGER NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY(experiment_id, column_index)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS monthly(
            experiment_id INTEGER NOT NULL,
            point_index INTEGER NOT NULL,
            replication INTEGER NOT NULL,
            column_index INTEGER NOT NULL,
            series TEXT NOT NULL,               -- JSON array, one number per month from month 0 (null: no value); json_each() reads it
            PRIMARY KEY(experiment_id, point_index, replication, column_index)) WITHOUT ROWID;
        """;
}
