import FiniteVolume

/// Operating conditions (Fluent `/define/operating-conditions`).
public struct OperatingConditions: Sendable, Equatable, Codable {
    /// Gravitational acceleration g, m/s² (Fluent default off: zero vector).
    public var gravity: Vector3 = .zero
    /// Operating temperature T0, K, about which the Boussinesq body force ρ·β·(T0 − T)·g acts
    /// (Fluent default 288.16 K).
    public var operatingTemperature: Double = 288.16

    /// Fluent's defaults: no gravity, T0 = 288.16 K.
    public init() {}
}
