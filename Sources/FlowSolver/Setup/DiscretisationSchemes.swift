import FiniteVolume

/// Convection scheme per transported equation (Fluent `/solve/set/discretization-scheme`).
public struct DiscretisationSchemes: Sendable, Equatable, Codable {
    /// Momentum (`mom`), Fluent default second-order upwind.
    public var momentum: ConvectionScheme = .secondOrderUpwind
    /// Energy (`temperature`), Fluent default second-order upwind.
    public var energy: ConvectionScheme = .secondOrderUpwind
    /// Turbulent kinetic energy (`k`), Fluent default first-order upwind.
    public var turbulentKineticEnergy: ConvectionScheme = .firstOrderUpwind
    /// Specific dissipation rate (`omega`), Fluent default first-order upwind.
    public var specificDissipationRate: ConvectionScheme = .firstOrderUpwind

    /// Fluent's defaults.
    public init() {}
}
