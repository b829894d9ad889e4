import FlowSolver

/// The result of one `iterate` call.
public struct RunOutcome: Sendable, Equatable {
    /// How the call ended.
    public var status: RunStatus
    /// Iterations performed by this call.
    public var iterationsPerformed: Int
    /// The last record published (nil if no iteration ran).
    public var lastRecord: IterationRecord?
    /// One line explaining the status (divergence reason, stalled equation, abandonment), if any.
    public var reason: String?

    /// An outcome from its parts.
    public init(
        status: RunStatus, iterationsPerformed: Int, lastRecord: IterationRecord?,
        reason: String? = nil
    ) {
        self.status = status
        self.iterationsPerformed = iterationsPerformed
        self.lastRecord = lastRecord
        self.reason = reason
    }
}
