/// The cell terms of the SST k-ω equations for one outer iteration, computed once from the
/// velocity, k and ω fields before k and ω are assembled (`prepareTurbulence()`).
struct SSTTerms: Sendable {
    /// (nCells) the blending function F1 (1 near walls: k-ω; 0 outside: k-ε).
    var f1: [Double]
    /// (nCells) S² = 2·S_ij·S_ij, S_ij the mean strain rate, 1/s².
    var strainRateSquared: [Double]
    /// (nCells) limited production P̃_k = min(μ_t·S², 10·β*·ρ·k·ω), W/m³.
    var production: [Double]
    /// (nCells) the cross-diffusion term (1 − F1)·2·ρ·σ_ω2·∇k·∇ω/ω, kg/(m³·s²).
    var crossDiffusion: [Double]
}
