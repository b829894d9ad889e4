/// One finished run as the surrogate sees it: its case family and features, the monitored
/// residual history of each channel, its criteria, how it ended and its iteration limit.
public struct RunSeries: Sendable, Equatable, Codable {
    /// The history's run id.
    public var runID: Int64
    /// What the run computed, independent of when and where it was logged: the case hash and
    /// the canonical parameters (`HASH Re=100 cells=17`). The same run logged into another
    /// history, or by workers finishing in another order, has the same identity and lands in
    /// the same training or validation split.
    public var identity: String
    /// The case family: the run's case name (`lid-driven-cavity`, `shallow-cavity`, …).
    public var family: String
    /// Case features read from the settings map.
    public var features: CaseFeatures
    /// (channels, iterations): `residuals[c][i]` is the monitored residual of
    /// `ResidualChannels.equations[c]` at iteration i + 1; empty for an equation not solved.
    public var residuals: [[Double]]
    /// (channels): the absolute criterion of each channel, nil when it has none.
    public var criteria: [Double?]
    /// How the run ended.
    public var outcome: SurrogateOutcome
    /// The iteration at which every criterion was met (converged runs only).
    public var convergedAt: Int?
    /// The iteration limit of the run's `iterate` call.
    public var iterationLimit: Int

    /// A run from its parts; `residuals` and `criteria` follow `ResidualChannels.equations`;
    /// without an `identity` the run is known by its id alone (`run ID`).
    public init(
        runID: Int64, family: String, features: CaseFeatures, residuals: [[Double]],
        criteria: [Double?], outcome: SurrogateOutcome, convergedAt: Int?, iterationLimit: Int,
        identity: String? = nil
    ) {
        precondition(residuals.count == ResidualChannels.count, "RunSeries: channel count")
        precondition(criteria.count == ResidualChannels.count, "RunSeries: criteria count")
        self.runID = runID
        self.identity = identity ?? "run \(runID)"
        self.family = family
        self.features = features
        self.residuals = residuals
        self.criteria = criteria
        self.outcome = outcome
        self.convergedAt = convergedAt
        self.iterationLimit = iterationLimit
    }

    /// Iterations recorded (the longest channel).
    public var iterationCount: Int { residuals.map(\.count).max() ?? 0 }

    /// Whether channel `c` is solved in this run.
    public func isSolved(_ channel: Int) -> Bool { !residuals[channel].isEmpty }

    /// Iterations still needed after `prefix` observed ones (converged runs only).
    public func remaining(after prefix: Int) -> Int? {
        convergedAt.map { $0 - prefix }
    }
}
