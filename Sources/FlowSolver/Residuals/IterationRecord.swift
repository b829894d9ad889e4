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

    /// A record from its parts; `reports` is empty when no report definition exists.
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
    /// The report definition's name (`/solve/report-definitions/NAME`).
    public var name: String
    /// The report's value, in its SI units (N for a force, Pa for a pressure, ...).
    public var value: Double

    /// The value `value` of report definition `name`.
    public init(name: String, value: Double) {
        self.name = name
        self.value = value
    }
}
