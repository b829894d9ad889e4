/// The history database's schema, versioned by `PRAGMA user_version` and tagged with
/// `PRAGMA application_id` so that another application's SQLite file is never mistaken for one.
///
/// Migration `n` takes a database from version `n - 1` to `n`; each runs in the same
/// transaction as the `user_version` update, so a database is always at exactly one version.
///
/// Tables (version 5):
/// - `run(id, case_name, journal, case_hash, parameters, settings, courant_version, host, pid,
///   start_time, end_time, status, iterations, converged_at, wall_seconds, iteration_limit,
///   committed_time)`; times in seconds since 1970 UTC, `parameters`/`settings` canonical JSON
///   objects (see `CaseIdentity`); `iteration_limit` (v3) the iterations the run was allowed
///   (the sum of its `iterate` calls' counts), NULL for runs logged before v3; `committed_time`
///   (v5) when iterations were last committed, the end a killed run is given (NULL before v5
///   and until the first commit).
/// - `residual(run_id, iteration, equation, unscaled, scaled, normalised)`, one row per
///   equation per iteration; NULL stands for NaN (sqlite cannot store NaN).
/// - `report(run_id, iteration, report, value)`.
/// - `criterion(run_id, equation, value)` (v2): the residual criteria in force.
/// - `run_parameter(run_id, name, value)` (v2): parameters one per row, for filtering.
/// - `setting_change(run_id, iteration, path, old_value, new_value)` (v4): a setting changed
///   between two `iterate` calls of one run (the REPL), `iteration` the first iteration computed
///   with the new value. `run.settings` and `criterion` hold the values in force at the run's
///   last `iterate` call, so the changes say what held before.
public enum HistorySchema {
    /// `PRAGMA application_id` of a Courant history: the ASCII bytes `Cour`.
    public static let applicationID: Int64 = 0x436F_7572

    /// The schema version this build writes.
    public static var currentVersion: Int { migrations.count }

    /// `migrations[n - 1]` takes version `n - 1` to `n`.
    static let migrations: [String] = [version1, version2, version3, version4, version5]

    /// Version 1: runs, residuals and reports.
    static let version1 = """
        PRAGMA application_id = \(applicationID);
        CREATE TABLE run (
            id INTEGER PRIMARY KEY,
            case_name TEXT NOT NULL,
            journal TEXT NOT NULL,
            case_hash TEXT NOT NULL,
            parameters TEXT NOT NULL,
            settings TEXT NOT NULL,
            courant_version TEXT NOT NULL,
            host TEXT NOT NULL,
            pid INTEGER NOT NULL,
            start_time REAL NOT NULL,
            end_time REAL,
            status TEXT NOT NULL,
            iterations INTEGER NOT NULL DEFAULT 0,
            converged_at INTEGER,
            wall_seconds REAL
        );
        CREATE TABLE residual (
            run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
            iteration INTEGER NOT NULL,
            equation TEXT NOT NULL,
            unscaled REAL,
            scaled REAL,
            normalised REAL,
            PRIMARY KEY (run_id, iteration, equation)
        ) WITHOUT ROWID;
        CREATE TABLE report (
            run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
            iteration INTEGER NOT NULL,
            report TEXT NOT NULL,
            value REAL,
            PRIMARY KEY (run_id, iteration, report)
        ) WITHOUT ROWID;
        CREATE INDEX run_by_case ON run(case_hash, parameters);
        """

    /// Version 2: criteria (for plots) and one row per parameter (for `history list` filters),
    /// back-filled from the v1 `parameters` JSON.
    static let version2 = """
        CREATE TABLE criterion (
            run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
            equation TEXT NOT NULL,
            value REAL NOT NULL,
            PRIMARY KEY (run_id, equation)
        ) WITHOUT ROWID;
        CREATE TABLE run_parameter (
            run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (run_id, name)
        ) WITHOUT ROWID;
        CREATE INDEX run_parameter_by_value ON run_parameter(name, value);
        INSERT INTO run_parameter (run_id, name, value)
            SELECT run.id, each.key, each.value FROM run, json_each(run.parameters) AS each;
        """

    /// Version 3: the iteration limit, so that "not converged" can be read against it (a
    /// journal's default limit is in no `--set` parameter). Unknown (NULL) for older runs.
    static let version3 = """
        ALTER TABLE run ADD COLUMN iteration_limit INTEGER;
        """

    /// Version 4: settings changed between `iterate` calls of one run.
    static let version4 = """
        CREATE TABLE setting_change (
            run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
            iteration INTEGER NOT NULL,
            path TEXT NOT NULL,
            old_value TEXT NOT NULL,
            new_value TEXT NOT NULL,
            PRIMARY KEY (run_id, iteration, path)
        ) WITHOUT ROWID;
        """

    /// Version 5: when iterations were last committed, so that a run found dead (killed, its
    /// node lost) ends when it last wrote rather than when someone next opened the file.
    static let version5 = """
        ALTER TABLE run ADD COLUMN committed_time REAL;
        """
}
