/// `history list`: the runs matching a filter as a table, one line per run, oldest first.
public enum RunListing {
    /// The table text for `runs` (header line, then one line per run).
    ///
    /// Columns: id, case, status, iterations, converged-at, wall time, start (UTC), parameters.
    public static func table(_ runs: [RunRecord]) -> String {
        let rows = runs.map { run in
            [
                String(run.id), run.caseName, run.status.rawValue, String(run.iterations),
                run.convergedAt.map(String.init) ?? "-",
                run.wallSeconds.map(HistoryFormat.duration) ?? "-",
                HistoryFormat.time(run.startTime), run.parameterSummary,
            ]
        }
        return HistoryFormat.table(
            header: ["id", "case", "status", "iter", "conv-at", "wall", "started", "parameters"],
            rows: rows)
    }

    /// Lists the runs of the history at `path` that match `filter`.
    public static func list(databaseAt path: String, filter: RunFilter) throws -> String {
        table(try HistoryDatabase(path: path, createIfMissing: false).runs(matching: filter))
    }
}
