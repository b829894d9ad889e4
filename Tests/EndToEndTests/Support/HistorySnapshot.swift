import RunHistory

/// Everything a history holds about its runs at one moment: each run's record and the numbers
/// of its committed iterations, and the database's integrity check.
struct HistorySnapshot {
    /// The runs, oldest first.
    var runs: [RunRecord]
    /// Run id → its committed iteration numbers, ascending.
    var iterations: [Int64: [Int]]
    /// `PRAGMA integrity_check` (`ok` when sound).
    var integrity: String

    /// Reads the history at `path` (opening it marks runs of dead processes `interrupted`).
    init(path: String) throws {
        let database = try HistoryDatabase(path: path)
        runs = try database.runs()
        var iterations: [Int64: [Int]] = [:]
        for run in runs {
            iterations[run.id] = try database.iterations(runID: run.id).map(\.iteration)
        }
        self.iterations = iterations
        integrity = try database.integrityCheck()
    }
}
