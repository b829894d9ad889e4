/// The equations a steady solver can solve, named as in Fluent's residual table.
/// The solver publishes residuals for its active equations in this order.
public enum FlowEquation: String, Sendable, Equatable, CaseIterable {
    /// Mass conservation (pressure correction).
    case continuity
    /// x-momentum.
    case xVelocity = "x-velocity"
    /// y-momentum.
    case yVelocity = "y-velocity"
    /// Energy (temperature).
    case energy
}
