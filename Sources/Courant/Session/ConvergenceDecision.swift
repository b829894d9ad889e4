import Monitoring

/// What ends a run as converged, by the settings in force (`RunController` judges them in this
/// way): the residual criteria, the convergence conditions on report definitions, both, or
/// nothing but the iteration limit. The live surrogate predicts only the residual criteria, so
/// it says which of these it can describe.
public enum ConvergenceDecision: Sendable, Equatable {
    /// Checked residual criteria, no active convergence condition.
    case residualCriteria
    /// Active convergence conditions, and the checked residual criteria must also be met.
    case conditionsAndResidualCriteria
    /// Active convergence conditions alone (residual criteria not required, or none checked).
    case conditions
    /// No checked residual criterion and no active condition: the run goes to its limit.
    case nothing

    /// The decision the settings make.
    public init(_ settings: CaseSettings) {
        let residuals = ResidualConvergenceCheck(settings: settings.residualMonitors).isApplicable
        let conditions = settings.convergenceConditions
        switch (residuals, conditions.hasActiveConditions) {
        case (true, false): self = .residualCriteria
        case (false, false): self = .nothing
        case (false, true): self = .conditions
        case (true, true):
            self =
                conditions.residualCriteriaRequired ? .conditionsAndResidualCriteria : .conditions
        }
    }

    /// How `/solve/monitors/list` names it.
    public var description: String {
        switch self {
        case .residualCriteria: "residual criteria"
        case .conditionsAndResidualCriteria: "convergence conditions and residual criteria"
        case .conditions: "convergence conditions"
        case .nothing: "nothing (runs to the iteration limit)"
        }
    }
}
