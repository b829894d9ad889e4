/// A validated sweep, ready to run: the journal and every run's assignments.
public struct SweepPlan: Sendable, Equatable {
    /// The journal's absolute path.
    public var journalPath: String
    /// SHA-256 of the journal's canonical text: with the parameters, what identifies a run.
    public var caseHash: String
    /// The case's short name (the journal's file name without extension).
    public var caseName: String
    /// The runs, in sweep order.
    public var runs: [SweepRun]

    /// A plan from its parts.
    public init(journalPath: String, caseHash: String, caseName: String, runs: [SweepRun]) {
        self.journalPath = journalPath
        self.caseHash = caseHash
        self.caseName = caseName
        self.runs = runs
    }
}
