/// The equations a steady solver can solve, named as in Fluent's residual table.
/// The solver publishes residuals for its active equations in this order.
public enum FlowEquation: String, Sendable, Equatable, CaseIterable {
    /// Mass conservation (pressure correction).
    case continuity
    /// x-momentum.
    case xVelocity = "x-velocity"
    /// y-momentum.
    case yVelocity = "y-velocity"
    /// z-momentum (3-D meshes only).
    case zVelocity = "z-velocity"
    /// Energy (temperature).
    case energy
    /// Turbulent kinetic energy k (two-equation turbulence models).
    case k
    /// Specific dissipation rate ω (k-ω models).
    case omega

    /// The momentum equations, one per velocity component: x, y and, in 3-D, z.
    public static let momentum: [FlowEquation] = [.xVelocity, .yVelocity, .zVelocity]

    /// The velocity component (0 x, 1 y, 2 z) a momentum equation solves for; nil otherwise.
    public var velocityComponent: Int? { Self.momentum.firstIndex(of: self) }
}
