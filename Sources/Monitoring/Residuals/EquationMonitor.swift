/// The residual-monitor settings of one equation (one row of Fluent's Residual Monitors panel).
public struct EquationMonitor: Sendable, Equatable {
    /// Fluent's equation name: `continuity`, `x-velocity`, `y-velocity`, `energy`, `k`, `epsilon`.
    public var equation: String
    /// Print the residual in the console table (`monitor?`).
    public var isMonitored: Bool
    /// Take part in the residual convergence test (`check-convergence?`).
    public var checksConvergence: Bool
    /// Absolute criterion on the displayed residual (dimensionless when scaled or normalised).
    public var absoluteCriterion: Double
    /// Relative criterion: displayed residual / its value at the first iteration of the current
    /// `iterate` call (see `ResidualConvergenceCheck`).
    public var relativeCriterion: Double

    /// The monitor of `equation`, with Fluent's defaults: monitored, checked, absolute criterion
    /// `defaultAbsoluteCriterion(for:)` when none is given, relative criterion 1e-3.
    public init(
        equation: String, isMonitored: Bool = true, checksConvergence: Bool = true,
        absoluteCriterion: Double? = nil, relativeCriterion: Double = 1e-3
    ) {
        self.equation = equation
        self.isMonitored = isMonitored
        self.checksConvergence = checksConvergence
        self.absoluteCriterion = absoluteCriterion ?? Self.defaultAbsoluteCriterion(for: equation)
        self.relativeCriterion = relativeCriterion
    }

    /// Fluent's defaults: 1e-6 for energy (its scaled residual falls much further), 1e-3 otherwise.
    public static func defaultAbsoluteCriterion(for equation: String) -> Double {
        equation == "energy" ? 1e-6 : 1e-3
    }
}
