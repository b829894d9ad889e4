/// An absolute convergence criterion on one equation's residual (Fluent's
/// `/solve/monitors/residual/convergence-criteria`), stored with the run so plots can draw it.
public struct ResidualCriterion: Sendable, Equatable, Codable {
    /// The equation it applies to, e.g. `continuity`.
    public var equation: String
    /// The threshold on the monitored (scaled, or normalised when normalisation is on) residual.
    public var value: Double

    /// A criterion from its equation and threshold.
    public init(equation: String, value: Double) {
        self.equation = equation
        self.value = value
    }
}
