/// Under-relaxation factors (Fluent `/solve/set/under-relaxation`), each in (0, 1].
///
/// Momentum and energy are relaxed implicitly (Patankar: aP/α, b += (1−α)/α·aP·φ_old);
/// pressure explicitly (p ← p + α_p·p').
public struct UnderRelaxation: Sendable, Equatable, Codable {
    /// Pressure α_p (Fluent default 0.3 for SIMPLE; SIMPLEC runs well at 1).
    public var pressure: Double = 0.3
    /// Momentum α_u (Fluent default 0.7).
    public var momentum: Double = 0.7
    /// Energy α_T (Fluent default 1).
    public var energy: Double = 1.0

    /// Fluent's defaults.
    public init() {}

    /// Given pressure and momentum factors, the others at Fluent's defaults.
    public init(pressure: Double, momentum: Double) {
        self.pressure = pressure
        self.momentum = momentum
    }
}
