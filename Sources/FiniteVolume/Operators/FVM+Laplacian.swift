extension FVM {
    /// ∫_V ∇·(Γ∇φ) dV = Σ_f Γ_f·|Sf|·(∂φ/∂n)_f with the two-point normal gradient
    /// (φ_N − φ_P)·δ_f (orthogonal part only; the block meshes are orthogonal).
    ///
    /// - Parameters:
    ///   - gamma: (nFaces) face diffusivity Γ_f (e.g. μ in kg/(m·s), or k in W/(m·K)).
    ///   - field: supplies the boundary conditions.
    /// - Returns: the term as A·φ − b; its diagonal is negative (a Laplacian), so a transport
    ///   equation subtracts it.
    public static func laplacian(_ gamma: [Double], _ field: ScalarField, on mesh: Mesh)
        -> FVMatrix
    {
        var matrix = FVMatrix(on: mesh)
        let nInternal = mesh.nInternalFaces
        for f in 0..<nInternal {
            let coefficient = gamma[f] * mesh.faceAreaMagnitudes[f] * mesh.deltaCoefficients[f]
            matrix.upper[f] = coefficient
            matrix.lower[f] = coefficient
            matrix.diag[mesh.owner[f]] -= coefficient
            matrix.diag[mesh.neighbour[f]] -= coefficient
        }
        for f in nInternal..<mesh.nFaces {
            let b = f - nInternal
            let conductance = gamma[f] * mesh.faceAreaMagnitudes[f]
            matrix.diag[mesh.owner[f]] += conductance * field.boundary.gradientInternal[b]
            matrix.source[mesh.owner[f]] -= conductance * field.boundary.gradientBoundary[b]
        }
        return matrix
    }
}
