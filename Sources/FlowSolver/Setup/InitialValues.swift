/// Uniform initial values (Fluent `/solve/initialize/set-defaults`), SI units.
public struct InitialValues: Sendable, Equatable, Codable {
    /// x-velocity, m/s.
    public var xVelocity: Double = 0
    /// y-velocity, m/s.
    public var yVelocity: Double = 0
    /// z-velocity, m/s (3-D meshes only).
    public var zVelocity: Double = 0
    /// Gauge pressure, Pa.
    public var pressure: Double = 0
    /// Temperature, K (Fluent default 300).
    public var temperature: Double = 300
    /// Turbulent kinetic energy k, m²/s² (Fluent default 1).
    public var turbulentKineticEnergy: Double = 1
    /// Specific dissipation rate ω, 1/s (Fluent default 1).
    public var specificDissipationRate: Double = 1

    /// Fluent's defaults: fluid at rest, 0 Pa gauge, 300 K.
    public init() {}
}
