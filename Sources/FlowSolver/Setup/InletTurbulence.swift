/// How a velocity inlet specifies the turbulence it carries (Fluent's "Specification Method"
/// on the velocity-inlet panel), with Fluent's definitions (Fluent User's Guide, "Determining
/// Turbulence Parameters"):
///
///     k = (3/2)·(U·I)²                      U the inlet's mean speed, I the intensity
///     ω = √k / (C_μ^¼·ℓ)                    from a length scale ℓ
///     ω = ρ·k / (μ·(μ_t/μ))                 from a viscosity ratio
///     ℓ = 0.07·D_H                          from a hydraulic diameter
public enum InletTurbulence: Sendable, Equatable, Codable {
    /// Intensity I (fraction, 0.05 = 5 %) and turbulent length scale ℓ (m).
    case intensityAndLengthScale(intensity: Double, lengthScale: Double)
    /// Intensity I (fraction) and turbulent viscosity ratio μ_t/μ (Fluent's default: 5 %, 10).
    case intensityAndViscosityRatio(intensity: Double, viscosityRatio: Double)
    /// Intensity I (fraction) and hydraulic diameter D_H (m).
    case intensityAndHydraulicDiameter(intensity: Double, hydraulicDiameter: Double)

    /// Fluent's default: 5 % intensity, viscosity ratio 10.
    public static let fluentDefault = Self.intensityAndViscosityRatio(
        intensity: 0.05, viscosityRatio: 10)

    /// C_μ of the length-scale relation.
    static let cMu = 0.09

    /// The intensity I (fraction).
    public var intensity: Double {
        switch self {
        case .intensityAndLengthScale(let i, _), .intensityAndViscosityRatio(let i, _),
            .intensityAndHydraulicDiameter(let i, _):
            i
        }
    }

    /// Turbulent kinetic energy k = (3/2)·(U·I)² (m²/s²) for mean speed U (m/s).
    public func turbulentKineticEnergy(speed: Double) -> Double {
        let fluctuation = speed * intensity
        return 1.5 * fluctuation * fluctuation
    }

    /// Specific dissipation rate ω (1/s) for mean speed U (m/s), density ρ (kg/m³) and
    /// viscosity μ (kg/(m·s)).
    public func specificDissipationRate(speed: Double, density: Double, viscosity: Double)
        -> Double
    {
        let k = turbulentKineticEnergy(speed: speed)
        switch self {
        case .intensityAndLengthScale(_, let length):
            return k.squareRoot() / (Self.cMu.squareRoot().squareRoot() * length)
        case .intensityAndViscosityRatio(_, let ratio):
            return density * k / (viscosity * ratio)
        case .intensityAndHydraulicDiameter(_, let diameter):
            return k.squareRoot() / (Self.cMu.squareRoot().squareRoot() * 0.07 * diameter)
        }
    }
}
