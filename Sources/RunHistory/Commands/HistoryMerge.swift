import Foundation

/// `history merge A.db B.db ... --into C.db`: copies every run of the sources into the target
/// with new ids. A run is the same run in both when case hash, parameters and start time agree:
/// merging the same shard twice, or shards that overlap, adds nothing twice, and a run whose
/// shard has moved on since the last merge (it ended, or was found dead) replaces the target's
/// copy, keeping its id.
///
/// A source run still `running` is merged as `interrupted` (`DeadRun`: its committed
/// iterations, ending at its last commit) when its process is known to be gone: it ran on this
/// host and its pid is dead, or the caller says every writer of the sources has ended (the
/// merge step of a Slurm array, which runs after every task). Otherwise, a run of another host
/// cannot be checked, and it is copied as `running`; a later merge updates it once its shard
/// says how it ended.
public enum HistoryMerge {
    /// What a merge did.
    public struct Summary: Sendable, Equatable {
        /// Runs copied into the target.
        public var copied: Int
        /// Runs the target held that were replaced by the source's newer state.
        public var updated: Int
        /// Runs skipped because the target already held them as the source has them.
        public var duplicates: Int

        /// A summary from its counts.
        public init(copied: Int = 0, updated: Int = 0, duplicates: Int = 0) {
            self.copied = copied
            self.updated = updated
            self.duplicates = duplicates
        }

        static func + (a: Summary, b: Summary) -> Summary {
            Summary(
                copied: a.copied + b.copied, updated: a.updated + b.updated,
                duplicates: a.duplicates + b.duplicates)
        }
    }

    /// Merges `sources` into `target` (created if absent). Each source is validated (and
    /// migrated) as a history first; one transaction per source, so a failure leaves the target
    /// as it was before that source. With `writersEnded`, every process that wrote the sources
    /// is known to have ended, so their `running` runs were killed.
    public static func merge(sources: [String], into target: String, writersEnded: Bool = false)
        throws -> Summary
    {
        let destination = try HistoryDatabase(path: target)
        try destination.checkWritable()
        var summary = Summary()
        for source in sources {
            let resolvedSource = URL(fileURLWithPath: source).standardizedFileURL.path
            let resolvedTarget = URL(fileURLWithPath: target).standardizedFileURL.path
            guard resolvedSource != resolvedTarget else {
                throw HistoryError.notHistoryDatabase(
                    path: source, reason: "it is the merge target itself")
            }
            _ = try HistoryDatabase(path: source, createIfMissing: false)
            summary =
                summary
                + (try copyRuns(from: source, into: destination, writersEnded: writersEnded))
        }
        // The merged file alone holds every run (it is what gets copied off a cluster).
        try destination.checkpoint()
        return summary
    }

    /// One source run as the merge reads it.
    private struct SourceRun {
        var id: Int64
        var caseHash: String
        var parameters: String
        var startTime: Double
        var host: String
        var pid: Int
        var status: String
        var iterations: Int
        var endTime: Double?

        /// Whether the run's row says `running` while its process is known to be gone.
        func isDead(writersEnded: Bool) -> Bool {
            guard status == RunStatus.running.rawValue else { return false }
            if writersEnded { return true }
            return host == ProcessIdentity.hostName && !ProcessIdentity.isAlive(pid: pid)
        }
    }

    /// The target's copy of a run: its id and what a newer source state would change.
    private struct TargetRun: Equatable {
        var id: Int64
        var status: String
        var iterations: Int
        var endTime: Double?
    }

    private static func copyRuns(
        from source: String, into destination: HistoryDatabase, writersEnded: Bool
    ) throws -> Summary {
        let connection = destination.connection
        let attach = try connection.prepare("ATTACH DATABASE ? AS source")
        try attach.bind(source, at: 1)
        try attach.step()
        defer { try? connection.execute("DETACH DATABASE source") }
        return try connection.transaction {
            let statements = try MergeStatements(connection)
            var summary = Summary()
            for run in try sourceRuns(connection) {
                let dead = run.isDead(writersEnded: writersEnded)
                let existing = try statements.target(of: run)
                if let existing {
                    let (status, iterations, endTime) = try statements.mergedState(
                        of: run, dead: dead)
                    let unchanged =
                        existing.status == status && existing.iterations == iterations
                        && existing.endTime == endTime
                    // A source that still says `running` while the target has closed the run
                    // (found dead where it ran) only moves on if it committed more since.
                    let staleRunning =
                        status == RunStatus.running.rawValue
                        && existing.status != RunStatus.running.rawValue
                        && iterations <= existing.iterations
                    if unchanged || staleRunning {
                        summary.duplicates += 1
                        continue
                    }
                    try statements.delete(runID: existing.id)
                    try statements.copy(run, as: existing.id, dead: dead)
                    summary.updated += 1
                } else {
                    try statements.copy(run, as: nil, dead: dead)
                    summary.copied += 1
                }
            }
            return summary
        }
    }

    private static func sourceRuns(_ connection: SQLiteConnection) throws -> [SourceRun] {
        let select = try connection.prepare(
            """
            SELECT id, case_hash, parameters, start_time, host, pid, status, iterations, end_time
            FROM source.run ORDER BY start_time, id
            """)
        var runs: [SourceRun] = []
        while try select.step() {
            runs.append(
                SourceRun(
                    id: select.int64(at: 0), caseHash: select.text(at: 1) ?? "",
                    parameters: select.text(at: 2) ?? "", startTime: select.double(at: 3),
                    host: select.text(at: 4) ?? "", pid: Int(select.int64(at: 5)),
                    status: select.text(at: 6) ?? "", iterations: Int(select.int64(at: 7)),
                    endTime: select.optionalDouble(at: 8)))
        }
        return runs
    }

    /// The prepared statements of one source's merge.
    private struct MergeStatements {
        let connection: SQLiteConnection
        let findTarget: SQLiteStatement
        let deadState: SQLiteStatement
        let copyRun: SQLiteStatement
        let copyRows: [SQLiteStatement]
        let deleteRun: SQLiteStatement
        let closeDead: SQLiteStatement

        init(_ connection: SQLiteConnection) throws {
            self.connection = connection
            findTarget = try connection.prepare(
                """
                SELECT id, status, iterations, end_time FROM main.run
                WHERE case_hash = ? AND parameters = ? AND start_time = ?
                """)
            deadState = try connection.prepare(
                """
                SELECT (SELECT coalesce(max(iteration), 0) FROM source.residual WHERE run_id = ?1),
                    coalesce(committed_time, start_time)
                FROM source.run WHERE id = ?1
                """)
            // `id` given: the run keeps the target id it had; NULL: a new id.
            copyRun = try connection.prepare(
                """
                INSERT INTO main.run (id, case_name, journal, case_hash, parameters, settings,
                    courant_version, host, pid, start_time, end_time, status, iterations,
                    converged_at, wall_seconds, iteration_limit, committed_time)
                SELECT ?, case_name, journal, case_hash, parameters, settings, courant_version,
                    host, pid, start_time, end_time, status, iterations, converged_at,
                    wall_seconds, iteration_limit, committed_time
                FROM source.run WHERE id = ?
                """)
            copyRows = try [
                "INSERT INTO main.residual SELECT ?, iteration, equation, unscaled, scaled,"
                    + " normalised FROM source.residual WHERE run_id = ?",
                "INSERT INTO main.report SELECT ?, iteration, report, value FROM source.report"
                    + " WHERE run_id = ?",
                "INSERT INTO main.criterion SELECT ?, equation, value FROM source.criterion"
                    + " WHERE run_id = ?",
                "INSERT INTO main.run_parameter SELECT ?, name, value FROM source.run_parameter"
                    + " WHERE run_id = ?",
                "INSERT INTO main.setting_change SELECT ?, iteration, path, old_value, new_value"
                    + " FROM source.setting_change WHERE run_id = ?",
            ].map(connection.prepare)
            // Child rows go with it (foreign keys, ON DELETE CASCADE).
            deleteRun = try connection.prepare("DELETE FROM main.run WHERE id = ?")
            closeDead = try connection.prepare(
                "UPDATE main.run SET \(DeadRun.closingAssignments) WHERE id = ?")
        }

        /// The target's copy of `run`, if it has one.
        func target(of run: SourceRun) throws -> TargetRun? {
            findTarget.reset()
            try findTarget.bind(run.caseHash, at: 1)
            try findTarget.bind(run.parameters, at: 2)
            try findTarget.bind(run.startTime, at: 3)
            guard try findTarget.step() else { return nil }
            return TargetRun(
                id: findTarget.int64(at: 0), status: findTarget.text(at: 1) ?? "",
                iterations: Int(findTarget.int64(at: 2)),
                endTime: findTarget.optionalDouble(at: 3))
        }

        /// Status, iterations and end time the target gets from `run` (closed if `dead`).
        func mergedState(of run: SourceRun, dead: Bool) throws -> (String, Int, Double?) {
            guard dead else { return (run.status, run.iterations, run.endTime) }
            deadState.reset()
            try deadState.bind(run.id, at: 1)
            guard try deadState.step() else { return (run.status, run.iterations, run.endTime) }
            return (
                RunStatus.interrupted.rawValue, Int(deadState.int64(at: 0)),
                deadState.double(at: 1)
            )
        }

        func delete(runID: Int64) throws {
            deleteRun.reset()
            try deleteRun.bind(runID, at: 1)
            try deleteRun.step()
        }

        /// Copies `run` with its rows into the target, as id `targetID` (nil: a new id), then
        /// closes it as `DeadRun` says if `dead`.
        func copy(_ run: SourceRun, as targetID: Int64?, dead: Bool) throws {
            copyRun.reset()
            if let targetID {
                try copyRun.bind(targetID, at: 1)
            } else {
                try copyRun.bindNull(at: 1)
            }
            try copyRun.bind(run.id, at: 2)
            try copyRun.step()
            let newID = connection.lastInsertedRowID
            for statement in copyRows {
                statement.reset()
                try statement.bind(newID, at: 1)
                try statement.bind(run.id, at: 2)
                try statement.step()
            }
            guard dead else { return }
            closeDead.reset()
            try closeDead.bind(newID, at: 1)
            try closeDead.step()
        }
    }
}
