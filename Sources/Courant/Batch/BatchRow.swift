import RunHistory

/// One line of the batch's final table.
public struct BatchRow: Sendable, Equatable {
    /// The sweep run.
    public var run: SweepRun
    /// Its outcome: from the exit code, or the history's record for a skipped run.
    public var status: RunStatus
    /// Why it failed (`input error`, `signal 11`, ...), if it did.
    public var note: String?
    /// True when the history already held a completed run and it was not run again.
    public var skipped: Bool
    /// Iterations, from the run's summary or the history (nil if unknown, e.g. a crash).
    public var iterations: Int?
    /// Wall-clock seconds (nil if unknown).
    public var seconds: Double?
    /// The run's console log (nil for a skipped run).
    public var logPath: String?
}
