/// Under-relaxation factors (Fluent `/solve/set/under-relaxation`), each in (0, 1].
///
/// Momentum, energy, k and ω are relaxed implicitly (Patankar: aP/α, b += (1−α)/α·aP·φ_old);
/// pressure (p ← p + α_p·p') and turbulent viscosity explicitly.
public struct UnderRelaxation: Sendable, Equatable, Codable {
    /// Pressure α_p (Fluent default 0.3 for SIMPLE; SIMPLEC runs well at 1).
    public var pressure: Double = 0.3
    /// Momentum α_u (Fluent default 0.7).
    public var momentum: Double = 0.7
    /// Energy α_T (Fluent default 1).
    public var energy: Double = 1.0
    /// Turbulent kinetic energy α_k (Fluent default 0.8).
    public var turbulentKineticEnergy: Double = 0.8
    /// Specific dissipation rate α_ω (Fluent default 0.8).
    public var specificDissipationRate: Double = 0.8
    /// Turbulent viscosity, explicit: μ_t ← μ_t + α·(μ_t,new − μ_t) (Fluent default 1).
    public var turbulentViscosity: Double = 1.0

    /// Fluent's defaults.
    public init() {}

    /// Given pressure and momentum factors, the others at Fluent's defaults.
    public init(pressure: Double, momentum: Double) {
        self.pressure = pressure
        self.momentum = momentum
    }
}
