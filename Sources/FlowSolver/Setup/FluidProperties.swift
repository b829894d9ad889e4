/// Constant fluid properties (Fluent `/define/materials`), SI units. Defaults are Fluent's air.
public struct FluidProperties: Sendable, Equatable, Codable {
    /// Density ρ, kg/m³ (Fluent default 1.225).
    public var density: Double = 1.225
    /// Dynamic viscosity μ, kg/(m·s) (Fluent default 1.7894e-5).
    public var viscosity: Double = 1.7894e-5
    /// Specific heat at constant pressure cp, J/(kg·K) (Fluent default 1006.43).
    public var specificHeat: Double = 1006.43
    /// Thermal conductivity k, W/(m·K) (Fluent default 0.0242).
    public var thermalConductivity: Double = 0.0242
    /// Thermal expansion coefficient β for the Boussinesq buoyancy term, 1/K
    /// (0 switches buoyancy off; ideal gas at 300 K would be 1/300).
    public var thermalExpansionCoefficient: Double = 0

    /// Fluent's air.
    public init() {}

    /// Given density (kg/m³) and viscosity (kg/(m·s)), other properties at Fluent's defaults.
    public init(density: Double, viscosity: Double) {
        self.density = density
        self.viscosity = viscosity
    }
}
