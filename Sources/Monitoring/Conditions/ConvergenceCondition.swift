/// One report-based convergence condition, as a row of Fluent's Convergence Conditions panel
/// (`/solve/convergence-conditions/conv-reports/NAME`).
///
/// At iteration n the report value φ changes by the relative amount
/// `δn = |φn − φn−1| / max(|φn|, 1e-30)`. The condition is met when the last
/// `previousValuesToConsider` changes are all below `stopCriterion`, counting only iterations after
/// the first `initialValuesToIgnore` of the run.
public struct ConvergenceCondition: Sendable, Equatable {
    /// The report definition it watches (must exist).
    public var reportDefinition: String
    /// `stop-criterion`: relative change below which the report counts as converged.
    public var stopCriterion: Double = 1e-3
    /// `initial-values-to-ignore`: iterations at the start of the run not considered.
    public var initialValuesToIgnore: Int = 0
    /// `previous-values-to-consider`: consecutive changes that must all be below the criterion.
    public var previousValuesToConsider: Int = 1
    /// `active?`: take part in the convergence decision.
    public var isActive: Bool = true
    /// `print?`: print `Solution for report definition NAME has converged` when first met.
    public var printsMessage: Bool = true

    /// A condition on `reportDefinition` with Fluent's defaults: stop criterion 1e-3, no initial
    /// values ignored, one previous value considered, active, printing.
    public init(reportDefinition: String) {
        self.reportDefinition = reportDefinition
    }
}
