/// How a run (one `iterate` call, or a whole batch run) ended, with its process exit code for
/// batch use: 0 converged, 2 diverged, 3 iteration limit reached, 4 stalled, 5 abandoned by the
/// surrogate, 130 interrupted (as a shell reports SIGINT), 1 failed (input or internal error).
public enum RunStatus: String, Sendable, CaseIterable, Equatable {
    case converged
    case notConverged = "not-converged"
    case diverged
    case stalled
    case abandoned
    case interrupted
    case failed

    /// The exit code of `courant run` for this status.
    public var exitCode: Int32 {
        switch self {
        case .converged: 0
        case .failed: 1
        case .diverged: 2
        case .notConverged: 3
        case .stalled: 4
        case .abandoned: 5
        case .interrupted: 130
        }
    }
}
