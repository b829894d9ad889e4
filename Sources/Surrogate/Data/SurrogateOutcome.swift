/// How a run ends, as the surrogate predicts it: the four classes of its outcome head.
///
/// `notConverged` is the censored class: the run reached its iteration limit, so its
/// convergence iteration is unknown (later than the limit, or never); it is never counted as
/// converging at the limit. Runs abandoned, interrupted or failed are not training data.
public enum SurrogateOutcome: Int, Sendable, CaseIterable, Codable, CustomStringConvertible {
    /// Every residual criterion met.
    case converged = 0
    /// Iteration limit reached first (censored).
    case notConverged = 1
    /// The stall monitor stopped the run.
    case stalled = 2
    /// A residual or field blew up.
    case diverged = 3

    /// The history's status text for the class (`not-converged`, …).
    public var description: String {
        switch self {
        case .converged: "converged"
        case .notConverged: "not-converged"
        case .stalled: "stalled"
        case .diverged: "diverged"
        }
    }
}
