import FiniteVolume

extension SteadyFlowSolver {
    /// (nCells) ∇φ by the case's gradient scheme (`setup.gradientScheme`), with the field's
    /// boundary conditions; units of φ per m.
    func gradient(of field: ScalarField) -> [Vector3] {
        if setup.gradientScheme == .leastSquaresCellBased, let vectors = leastSquares {
            return FVC.leastSquaresGrad(field, vectors: vectors, on: mesh)
        }
        return FVC.grad(field, on: mesh)
    }

    /// ∇φ of one cell by the case's gradient scheme, as `gradient(of:)` gives it.
    func gradient(of field: ScalarField, cell: Int) -> Vector3 {
        if setup.gradientScheme == .leastSquaresCellBased, let vectors = leastSquares {
            return FVC.leastSquaresGrad(field, cell: cell, vectors: vectors, on: mesh)
        }
        return FVC.grad(field, cell: cell, on: mesh)
    }
}

extension SteadyFlowSolver {
    /// (nCells) ∇p as the momentum equations and the Rhie-Chow fluxes use it: the pressure
    /// force per volume (1/V_P)·Σ_f p_f·Sf, with the face pressures taken at the face centres by
    /// the case's gradient scheme (`FVC.grad(_:correctedBy:on:)`; Fluent's momentum equations
    /// also integrate face pressures), Pa/m.
    ///
    /// A cell least-squares gradient is exact for linear p but not conservative: on triangles
    /// the small pressure wiggle that collocated Rhie-Chow leaves between neighbouring cells
    /// biased it, and the momentum balance then held with a pressure drop 2 % short of plane
    /// Poiseuille's on every mesh (`UnstructuredChannelTests`). The face sum telescopes, so the
    /// pressure drop balances the wall shear whatever the wiggle. On block meshes this is the
    /// Green-Gauss gradient, as before the least-squares scheme existed.
    func faceIntegratedGradient(of field: ScalarField) -> [Vector3] {
        guard !mesh.skewedFaces.isEmpty || !mesh.nonOrthogonalFaces.isEmpty else {
            return FVC.grad(field, on: mesh)
        }
        return FVC.grad(field, correctedBy: gradient(of: field), on: mesh)
    }
}
