import Foundation

/// `history merge A.db B.db ... --into C.db`: copies every run of the sources into the target
/// with new ids, skipping a run the target already has (same case hash, parameters and start
/// time), so merging the same shard twice, or shards that overlap, adds nothing twice.
public enum HistoryMerge {
    /// What a merge did.
    public struct Summary: Sendable, Equatable {
        /// Runs copied into the target.
        public var copied: Int
        /// Runs skipped because the target already held them.
        public var duplicates: Int
    }

    /// Merges `sources` into `target` (created if absent). Each source is validated (and
    /// migrated) as a history first; one transaction per source, so a failure leaves the target
    /// as it was before that source.
    public static func merge(sources: [String], into target: String) throws -> Summary {
        let destination = try HistoryDatabase(path: target)
        try destination.checkWritable()
        var summary = Summary(copied: 0, duplicates: 0)
        for source in sources {
            let resolvedSource = URL(fileURLWithPath: source).standardizedFileURL.path
            let resolvedTarget = URL(fileURLWithPath: target).standardizedFileURL.path
            guard resolvedSource != resolvedTarget else {
                throw HistoryError.notHistoryDatabase(
                    path: source, reason: "it is the merge target itself")
            }
            _ = try HistoryDatabase(path: source, createIfMissing: false)
            let part = try copyRuns(from: source, into: destination)
            summary.copied += part.copied
            summary.duplicates += part.duplicates
        }
        // The merged file alone holds every run (it is what gets copied off a cluster).
        try destination.checkpoint()
        return summary
    }

    private static func copyRuns(from source: String, into destination: HistoryDatabase) throws
        -> Summary
    {
        let connection = destination.connection
        let attach = try connection.prepare("ATTACH DATABASE ? AS source")
        try attach.bind(source, at: 1)
        try attach.step()
        defer { try? connection.execute("DETACH DATABASE source") }
        return try connection.transaction {
            var summary = Summary(copied: 0, duplicates: 0)
            let runs = try connection.prepare(
                """
                SELECT id, case_hash, parameters, start_time FROM source.run
                ORDER BY start_time, id
                """
            )
            let existing = try connection.prepare(
                "SELECT 1 FROM main.run WHERE case_hash = ? AND parameters = ? AND start_time = ?")
            let copyRun = try connection.prepare(
                """
                INSERT INTO main.run (case_name, journal, case_hash, parameters, settings,
                    courant_version, host, pid, start_time, end_time, status, iterations,
                    converged_at, wall_seconds, iteration_limit)
                SELECT case_name, journal, case_hash, parameters, settings, courant_version, host,
                    pid, start_time, end_time, status, iterations, converged_at, wall_seconds,
                    iteration_limit
                FROM source.run WHERE id = ?
                """)
            let copyRows = try [
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
            while try runs.step() {
                existing.reset()
                try existing.bind(runs.text(at: 1) ?? "", at: 1)
                try existing.bind(runs.text(at: 2) ?? "", at: 2)
                try existing.bind(runs.double(at: 3), at: 3)
                if try existing.step() {
                    summary.duplicates += 1
                    continue
                }
                let oldID = runs.int64(at: 0)
                copyRun.reset()
                try copyRun.bind(oldID, at: 1)
                try copyRun.step()
                let newID = connection.lastInsertedRowID
                for statement in copyRows {
                    statement.reset()
                    try statement.bind(newID, at: 1)
                    try statement.bind(oldID, at: 2)
                    try statement.step()
                }
                summary.copied += 1
            }
            return summary
        }
    }
}
