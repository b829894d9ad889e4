import FiniteVolume

extension SteadyFlowSolver {
    /// A pressure-correction system taken from the current state, for linear-solver
    /// benchmarks: the matrix of the last outer iteration (its coefficients ρ·D_f·|Sf|·δ_f use
    /// the last momentum assembly's D) with the right-hand side −Σ_f F*_f of the Rhie-Chow
    /// fluxes of the current velocity and pressure. Mesh-sized work, no state change.
    public func pressureCorrectionSample() -> FVMatrix {
        let predicted = rhieChowFluxes(pressureGradient: faceIntegratedGradient(of: pressure))
        return pressureCorrectionEquation(imbalance: netOutflow(predicted))
    }
}
