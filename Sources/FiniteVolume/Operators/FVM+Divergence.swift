extension FVM {
    /// ∫_V ∇·(ρuφ) dV = Σ_f F_f·φ_f, F_f the face mass flux (kg/s, per m depth in 2-D; out of
    /// the owner), with φ_f from `scheme`.
    ///
    /// Implicit part first-order upwind: φ_f = φ_P if F_f ≥ 0 else φ_N, so
    /// aP gains max(F, 0) and the owner row's neighbour coefficient is min(F, 0).
    /// Second-order upwind adds the deferred correction −Σ_f F_f·(φ_f^SOU − φ_f^UD) to b with
    /// φ_f^SOU = φ_U + ∇φ_U·(x_f − x_U) clipped to [min(φ_P, φ_N), max(φ_P, φ_N)]: the
    /// reconstruction runs to the face centre itself, not to where the line between the cell
    /// centres crosses the face, so it stays second order on skewed meshes.
    /// Boundary faces use the field's boundary value: F_b·(valueInternal·φ_P + valueBoundary).
    ///
    /// - Parameters:
    ///   - faceFlux: (nFaces) F_f.
    ///   - gradient: (nCells) ∇φ, needed only for second-order upwind.
    public static func div(
        _ faceFlux: [Double], _ field: ScalarField, scheme: ConvectionScheme,
        gradient: [Vector3] = [], on mesh: Mesh
    ) -> FVMatrix {
        var matrix = FVMatrix(on: mesh)
        let nInternal = mesh.nInternalFaces
        let secondOrder = scheme == .secondOrderUpwind && !gradient.isEmpty
        for f in 0..<nInternal {
            let flux = faceFlux[f]
            let p = mesh.owner[f]
            let n = mesh.neighbour[f]
            matrix.diag[p] += max(flux, 0)
            matrix.upper[f] = min(flux, 0)
            matrix.diag[n] -= min(flux, 0)
            matrix.lower[f] = -max(flux, 0)
            guard secondOrder else { continue }
            let upwind = flux >= 0 ? p : n
            let phiU = field.values[upwind]
            let reconstructed =
                phiU + gradient[upwind].dot(mesh.faceCentres[f] - mesh.cellCentres[upwind])
            let low = min(field.values[p], field.values[n])
            let high = max(field.values[p], field.values[n])
            let correction = flux * (min(max(reconstructed, low), high) - phiU)
            matrix.source[p] -= correction
            matrix.source[n] += correction
        }
        for f in nInternal..<mesh.nFaces {
            let b = f - nInternal
            let flux = faceFlux[f]
            matrix.diag[mesh.owner[f]] += flux * field.boundary.valueInternal[b]
            matrix.source[mesh.owner[f]] -= flux * field.boundary.valueBoundary[b]
        }
        return matrix
    }

    /// ∫_V s_P·φ dV as an implicit term: aP += s_P (a "Sp" term, OpenFOAM `fvm::Sp`).
    ///
    /// - Parameter coefficient: (nCells) s_P·V_P, already volume-integrated.
    public static func implicitSource(_ coefficient: [Double], on mesh: Mesh) -> FVMatrix {
        var matrix = FVMatrix(on: mesh)
        matrix.diag = coefficient
        return matrix
    }
}
