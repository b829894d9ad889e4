/// One row of the run table, as `history list` and `history show` read it.
public struct RunRecord: Sendable, Equatable, Codable {
    /// The run's id in this database (changes on merge).
    public var id: Int64
    /// The case's short name.
    public var caseName: String
    /// SHA-256 of the canonical journal text.
    public var caseHash: String
    /// Parameter values by name.
    public var parameters: [String: String]
    /// Recorded solver settings by TUI path.
    public var settings: [String: String]
    /// Courant version that produced the run.
    public var courantVersion: String
    /// Host and pid of the solver process.
    public var host: String
    /// Process id of the solver.
    public var pid: Int
    /// Start and end times, seconds since 1970-01-01 UTC (end nil while running).
    public var startTime: Double
    /// End time; nil while running.
    public var endTime: Double?
    /// Outcome so far.
    public var status: RunStatus
    /// Iterations committed to the history.
    public var iterations: Int
    /// The iteration at which every criterion was met, if it was.
    public var convergedAt: Int?
    /// Wall-clock seconds from start to finish (nil while running).
    public var wallSeconds: Double?
    /// Iterations the run was allowed; nil when unknown (logged before schema version 3).
    public var iterationLimit: Int?

    /// `Re=100 cells=33`, in canonical (sorted) order.
    public var parameterSummary: String {
        parameters.sorted { Array($0.key.utf8).lexicographicallyPrecedes($1.key.utf8) }
            .map { "\($0.key)=\($0.value)" }.joined(separator: " ")
    }
}
