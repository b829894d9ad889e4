extension FVM {
    /// ∫_V ∇·(Γ∇φ) dV = Σ_f Γ_f·|Sf|·(∂φ/∂n)_f with the over-relaxed non-orthogonal split
    /// (Jasak 1996, §3.3.1.3):
    ///
    ///     (∂φ/∂n)_f = δ_f·(φ_N − φ_P)  +  k_f·(∇φ)_f
    ///
    /// the first part implicit, the second (`Mesh.nonOrthogonalCorrections`, k = n̂ − δ·d) an
    /// explicit correction with (∇φ)_f = w·∇φ_P + (1 − w)·∇φ_N on internal faces and ∇φ_P on
    /// fixed-value boundary faces. The correction is added only when `gradient` is given and
    /// only on the mesh's non-orthogonal faces, so orthogonal meshes pay nothing.
    ///
    /// - Parameters:
    ///   - gamma: (nFaces) face diffusivity Γ_f (e.g. μ in kg/(m·s), or k in W/(m·K)).
    ///   - field: supplies the boundary conditions.
    ///   - gradient: (nCells) ∇φ for the non-orthogonal correction, or empty for none.
    /// - Returns: the term as A·φ − b; its diagonal is negative (a Laplacian), so a transport
    ///   equation subtracts it.
    public static func laplacian(
        _ gamma: [Double], _ field: ScalarField, gradient: [Vector3] = [], on mesh: Mesh
    ) -> FVMatrix {
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
        if !gradient.isEmpty {
            let correction = nonOrthogonalCorrection(gamma, field, gradient: gradient, on: mesh)
            for i in correction.indices { matrix.source[i] -= correction[i] }
        }
        return matrix
    }

    /// The explicit non-orthogonal part of Σ_f Γ_f·|Sf|·(∂φ/∂n)_f per cell (nCells), in the
    /// units of the equation: Σ_f ±Γ_f·|Sf|·k_f·(∇φ)_f over the mesh's non-orthogonal faces
    /// (boundary faces only where φ is fixed), + for the owner, − for the neighbour.
    public static func nonOrthogonalCorrection(
        _ gamma: [Double], _ field: ScalarField, gradient: [Vector3], on mesh: Mesh
    ) -> [Double] {
        var correction = [Double](repeating: 0, count: mesh.nCells)
        let nInternal = mesh.nInternalFaces
        for (i, f) in mesh.nonOrthogonalFaces.enumerated() {
            let p = mesh.owner[f]
            let k = mesh.nonOrthogonalCorrections[i]
            let conductance = gamma[f] * mesh.faceAreaMagnitudes[f]
            if f < nInternal {
                let n = mesh.neighbour[f]
                let w = mesh.weights[f]
                let face = w * gradient[p] + (1 - w) * gradient[n]
                let flux = conductance * k.dot(face)
                correction[p] += flux
                correction[n] -= flux
            } else if field.boundary.valueInternal[f - nInternal] == 0 {
                correction[p] += conductance * k.dot(gradient[p])
            }
        }
        return correction
    }
}
