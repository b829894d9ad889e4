/// What is known about a run when it starts: the case, its parameter assignment and settings,
/// and where it runs. `HistoryDatabase.beginRun` stores it as a `running` row.
public struct RunDescription: Sendable, Equatable {
    /// The case's short name, e.g. `lid-driven-cavity` (usually the journal's file stem).
    public var caseName: String
    /// The case journal's text; stored in canonical form (see `CaseIdentity`).
    public var journal: String
    /// Journal parameter values as given (`Re` → `"400"`).
    public var parameters: [String: String]
    /// Solver settings that differ from the journal, by TUI path
    /// (`/solve/set/under-relaxation/pressure` → `"0.3"`), and any others worth recording.
    public var settings: [String: String]
    /// Residual criteria in force, so plots can draw them.
    public var criteria: [ResidualCriterion]
    /// The Courant version string that produced the run.
    public var courantVersion: String
    /// Host name of the machine running the solver.
    public var host: String
    /// Process id of the solver (used to find runs whose process died).
    public var pid: Int
    /// Start time, seconds since 1970-01-01 UTC.
    public var startTime: Double
    /// Iterations the run is allowed (its first `iterate` call's count); nil when unknown.
    public var iterationLimit: Int?

    /// A description; `host`, `pid` and `startTime` default to this process and now.
    public init(
        caseName: String, journal: String, parameters: [String: String] = [:],
        settings: [String: String] = [:], criteria: [ResidualCriterion] = [],
        courantVersion: String, host: String = ProcessIdentity.hostName,
        pid: Int = ProcessIdentity.pid, startTime: Double = ProcessIdentity.now(),
        iterationLimit: Int? = nil
    ) {
        self.caseName = caseName
        self.journal = journal
        self.parameters = parameters
        self.settings = settings
        self.criteria = criteria
        self.courantVersion = courantVersion
        self.host = host
        self.pid = pid
        self.startTime = startTime
        self.iterationLimit = iterationLimit
    }

    /// SHA-256 of the canonical journal text.
    public var caseHash: String { CaseIdentity.caseHash(journal: journal) }
}
