/// How a run ended (or that it has not), as stored in `run.status` and shown by `history list`.
///
/// The raw values are the text stored in the database and typed in filters.
public enum RunStatus: String, Sendable, CaseIterable, Codable {
    /// Every residual criterion met (Fluent: "solution is converged").
    case converged
    /// The iteration limit was reached first.
    case notConverged = "not-converged"
    /// A residual or a field became non-finite or exceeded the divergence limit.
    case diverged
    /// The stall monitor saw no progress.
    case stalled
    /// The user interrupted the run (Ctrl-C), or it was killed and found dead on reopen.
    case interrupted
    /// The run could not start or crashed (input error, signal, non-zero unknown exit).
    case failed
    /// Stopped on purpose before the end, e.g. because the surrogate predicted no convergence.
    case abandoned
    /// Still iterating (or killed, until the next open finds its pid dead).
    case running

    /// Whether the run reached an outcome worth keeping: a sweep resuming skips these runs and
    /// re-runs the others (`failed`, `interrupted`, `running`).
    public var isCompleted: Bool {
        switch self {
        case .converged, .notConverged, .diverged, .stalled, .abandoned: true
        case .interrupted, .failed, .running: false
        }
    }
}
