import RunHistory

/// The outcome of a batch: one row per sweep run, in sweep order.
public struct BatchReport: Sendable, Equatable {
    /// The rows.
    public var rows: [BatchRow]

    /// Rows whose run ended `failed` or `interrupted` (what a resumed batch runs again).
    public var incomplete: [BatchRow] {
        rows.filter { !$0.status.isCompleted }
    }

    /// The final table: run, parameters, status, iterations, time.
    public func table() -> String {
        HistoryFormat.table(
            header: ["run", "parameters", "status", "iter", "time"],
            rows: rows.map { row in
                var status = row.status.rawValue
                if let note = row.note { status += " (\(note))" }
                if row.skipped { status += " (in history)" }
                return [
                    String(row.run.index), row.run.summary.isEmpty ? "-" : row.run.summary, status,
                    row.iterations.map(String.init) ?? "-",
                    row.seconds.map(HistoryFormat.duration) ?? "-",
                ]
            })
    }
}
