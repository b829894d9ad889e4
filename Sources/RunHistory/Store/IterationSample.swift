/// Everything logged for one outer iteration: the row type the history stores, independent of
/// the solver's own record (the caller maps one to the other).
public struct IterationSample: Sendable, Equatable, Codable {
    /// 1-based iteration count since initialisation.
    public var iteration: Int
    /// One entry per active equation, in the solver's order (continuity first).
    public var residuals: [ResidualSample]
    /// Report-definition values, in definition order.
    public var reports: [ReportSample]

    /// A sample from its parts.
    public init(iteration: Int, residuals: [ResidualSample], reports: [ReportSample] = []) {
        self.iteration = iteration
        self.residuals = residuals
        self.reports = reports
    }
}
