/// Thermal condition of a wall (Fluent wall panel, Thermal tab).
public enum ThermalCondition: Sendable, Equatable, Codable {
    /// Zero heat flux (Fluent's default).
    case adiabatic
    /// Fixed wall temperature, K.
    case temperature(Double)
    /// Fixed heat flux into the fluid, W/m² (positive heats the fluid).
    case heatFlux(Double)
}
