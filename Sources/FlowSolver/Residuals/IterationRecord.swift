/// Everything the solver publishes after one outer (SIMPLE) iteration: the stream that
/// monitors, convergence criteria, the console, the history logger and the surrogate observe.
public struct IterationRecord: Sendable, Equatable {
    /// 1-based iteration count since the flow was initialised (continues across `iterate` calls).
    public var iteration: Int
    /// One entry per active equation, in the solver's equation order (continuity first).
    public var residuals: [EquationResidual]
    /// Report-definition values evaluated on this iteration's solution, in definition order.
    public var reports: [ReportValue]
    /// Wall-clock seconds spent on this iteration.
    public var wallSeconds: Double

    public init(
        iteration: Int, residuals: [EquationResidual], reports: [ReportValue] = [],
        wallSeconds: Double
    ) {
        self.iteration = iteration
        self.residuals = residuals
        self.reports = reports
        self.wallSeconds = wallSeconds
    }
}

/// The value of one named report definition at one iteration (SI units of the report).
public struct ReportValue: Sendable, Equatable {
    public var name: String
    public var value: Double

    public init(name: String, value: Double) {
        self.name = name
        self.value = value
    }
}
