/// How a run (one `iterate` call, or a whole batch run) ended, with its process exit code for
/// batch use: 0 converged, 2 diverged, 3 iteration limit reached, 4 stalled, 5 abandoned by the
/// surrogate, 130 interrupted (as a shell reports SIGINT), 1 failed (input or internal error).
public enum RunStatus: String, Sendable, CaseIterable, Equatable {
    /// The residual criteria and/or convergence conditions were met (exit 0).
    case converged
    /// The iteration limit was reached without convergence (exit 3).
    case notConverged = "not-converged"
    /// A residual became NaN or infinite, or grew past `divergenceFactor` (exit 2).
    case diverged
    /// A checked residual stalled or oscillated with `stop-on-stall? yes` (exit 4).
    case stalled
    /// A `StopDecider`, e.g. the surrogate under `--abandon-hopeless`, gave the run up (exit 5).
    case abandoned
    /// Ctrl-C (SIGINT) ended the iterations (exit 130).
    case interrupted
    /// An input or internal error ended the run (exit 1).
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
