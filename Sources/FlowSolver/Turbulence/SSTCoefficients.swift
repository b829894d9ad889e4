/// The closure coefficients of Menter's SST k-ω model in its 2003 form (Menter, Kuntz &
/// Langtry 2003, "Ten years of industrial experience with the SST turbulence model"; NASA
/// Turbulence Modeling Resource, "SST-2003"). Set 1 is the inner (k-ω) set, set 2 the outer
/// (transformed k-ε) set; a coefficient φ is blended φ = F1·φ1 + (1 − F1)·φ2.
struct SSTCoefficients: Sendable {
    /// σ_k1, σ_k2: turbulent Prandtl numbers of k.
    let sigmaK = (0.85, 1.0)
    /// σ_ω1, σ_ω2: turbulent Prandtl numbers of ω.
    let sigmaOmega = (0.5, 0.856)
    /// β1, β2: destruction coefficients of ω.
    let beta = (0.075, 0.0828)
    /// γ1, γ2: production coefficients of ω (5/9 and 0.44 in the 2003 form).
    let gamma = (5.0 / 9.0, 0.44)
    /// β*: destruction coefficient of k (= C_μ).
    let betaStar = 0.09
    /// a1: the Bradshaw constant of the shear-stress limiter.
    let a1 = 0.31
    /// Production limiter: P̃_k = min(P_k, limiter·β*·ρ·k·ω).
    let productionLimiter = 10.0

    /// φ1·F1 + φ2·(1 − F1).
    func blend(_ pair: (Double, Double), _ f1: Double) -> Double {
        f1 * pair.0 + (1 - f1) * pair.1
    }
}
