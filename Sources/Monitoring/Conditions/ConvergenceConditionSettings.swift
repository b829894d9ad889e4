/// The state of `/solve/convergence-conditions`: the conditions and how they combine with each
/// other and with the residual criteria.
public struct ConvergenceConditionSettings: Sendable, Equatable {
    /// How active conditions combine (`condition`): all must hold, or any one suffices.
    public enum Combination: String, Sendable, CaseIterable, Equatable {
        /// Converged when every active condition holds (Fluent default).
        case all = "all-conditions-are-satisfied"
        /// Converged when at least one active condition holds.
        case any = "any-condition-is-satisfied"
    }

    /// In definition order; the report name is the key.
    public var conditions: [ConvergenceCondition] = []
    /// `condition`: whether all active conditions must hold or any one (Fluent default all).
    public var combination: Combination = .all
    /// `residual-criteria-required?`: with active conditions, the run also needs every checked
    /// residual below its criterion (default yes). With `no`, the conditions alone decide.
    public var residualCriteriaRequired: Bool = true
    /// `frequency`: the conditions may end the run only at iterations that are multiples of it
    /// (Fluent's check frequency; default 1, every iteration). Report values are still followed
    /// at every iteration.
    public var frequency: Int = 1

    /// No conditions, `all-conditions-are-satisfied`, residual criteria required (Fluent's
    /// defaults): the residual criteria alone decide.
    public init() {}

    /// Whether any condition takes part in the decision.
    public var hasActiveConditions: Bool { conditions.contains { $0.isActive } }
}
