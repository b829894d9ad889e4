import FiniteVolume
import LinearSolvers

extension SteadyFlowSolver {
    /// Rhie-Chow face mass fluxes from the predicted velocities (kg/s, per m depth in 2-D;
    /// nFaces):
    ///
    ///     F*_f = ρ·[ū*_f·Sf − D_f·(|Sf|·δ_f·(p_N − p_P) + |Sf|·k_f·∇p̄_f − ∇p̄_f·Sf)]
    ///          = ρ·[ū*_f·Sf − D_f·|Sf|·δ_f·((p_N − p_P) − ∇p̄_f·d_f)]
    ///
    /// with ū*_f (plus its skewness correction, `addSkewnessCorrection`), D_f and ∇p̄_f
    /// linearly interpolated, ∇p the momentum equations' (`faceIntegratedGradient(of:)`),
    /// D = V/aP from the unrelaxed momentum diagonal (Rhie & Chow 1983), so the converged flux
    /// does not depend on α_u, and k_f the non-orthogonal correction vector (zero on orthogonal
    /// faces). The bracket, the compact pressure difference minus the interpolated gradient
    /// along d, vanishes for linear p on any mesh and damps checkerboarding. Walls and symmetry
    /// carry no flux, inlets their fixed flux; outlets use the owner's velocity and the same
    /// smoothing against the boundary pressure.
    func rhieChowFluxes(pressureGradient: [Vector3]) -> [Double] {
        var flux = [Double](repeating: 0, count: mesh.nFaces)
        let density = setup.fluid.density
        let d = rhieChowInverseDiagonal
        let u = velocity[0].values
        let v = velocity[1].values
        let threeD = velocity.count == 3
        let w = threeD ? velocity[2].values : []
        let p = pressure.values
        let nInternal = mesh.nInternalFaces
        mesh.owner.withUnsafeBufferPointer { owner in
            mesh.neighbour.withUnsafeBufferPointer { neighbour in
                mesh.weights.withUnsafeBufferPointer { weights in
                    mesh.faceAreas.withUnsafeBufferPointer { sf in
                        mesh.faceAreaMagnitudes.withUnsafeBufferPointer { area in
                            mesh.deltaCoefficients.withUnsafeBufferPointer { delta in
                                pressureGradient.withUnsafeBufferPointer { gp in
                                    w.withUnsafeBufferPointer { w in
                                        for f in 0..<nInternal {
                                            let a = owner[f]
                                            let b = neighbour[f]
                                            let wf = weights[f]
                                            let s = sf[f]
                                            let uf = wf * u[a] + (1 - wf) * u[b]
                                            let vf = wf * v[a] + (1 - wf) * v[b]
                                            let df = wf * d[a] + (1 - wf) * d[b]
                                            let gx = wf * gp[a].x + (1 - wf) * gp[b].x
                                            let gy = wf * gp[a].y + (1 - wf) * gp[b].y
                                            let compact = (p[b] - p[a]) * area[f] * delta[f]
                                            var velocityFlux = uf * s.x + vf * s.y
                                            var interpolated = gx * s.x + gy * s.y
                                            if threeD {
                                                velocityFlux += (wf * w[a] + (1 - wf) * w[b]) * s.z
                                                interpolated +=
                                                    (wf * gp[a].z + (1 - wf) * gp[b].z) * s.z
                                            }
                                            flux[f] =
                                                density
                                                * (velocityFlux - df * (compact - interpolated))
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        for f in nInternal..<mesh.nFaces {
            switch boundaryKinds[f - nInternal] {
            case .impermeable: flux[f] = 0
            case .inlet: flux[f] = inletFlux[f]
            case .outlet:
                let a = mesh.owner[f]
                let s = mesh.faceAreas[f]
                let pb = pressure.boundaryValue(face: f, on: mesh)
                let compact = (pb - p[a]) * mesh.faceAreaMagnitudes[f] * mesh.deltaCoefficients[f]
                var velocityFlux = u[a] * s.x + v[a] * s.y
                if threeD { velocityFlux += w[a] * s.z }
                flux[f] = density * (velocityFlux - d[a] * (compact - pressureGradient[a].dot(s)))
            }
        }
        addSkewnessCorrection(to: &flux)
        for (i, f) in mesh.nonOrthogonalFaces.enumerated() {
            let a = mesh.owner[f]
            let k = mesh.nonOrthogonalCorrections[i]
            if f < nInternal {
                let b = mesh.neighbour[f]
                let wf = mesh.weights[f]
                let face = wf * pressureGradient[a] + (1 - wf) * pressureGradient[b]
                let df = wf * d[a] + (1 - wf) * d[b]
                flux[f] -= density * df * mesh.faceAreaMagnitudes[f] * k.dot(face)
            } else if boundaryKinds[f - nInternal] == .outlet {
                flux[f] -=
                    density * d[a] * mesh.faceAreaMagnitudes[f] * k.dot(pressureGradient[a])
            }
        }
        return flux
    }

    /// Adds to the Rhie-Chow fluxes of skewed faces the part of ρ·u_f·Sf that linear
    /// interpolation misses where the face centre is off the line between the cell centres:
    /// ρ·Σ_i Sf_i·(∇u_i)_f·(x_f − x_f'), (∇u_i)_f = w·∇u_i,P + (1 − w)·∇u_i,N. Without it the
    /// face velocity is first-order on skewed meshes, and continuity answers with a pressure
    /// oscillation that does not shrink under refinement (measured on triangulated channels:
    /// dp/dx 2-4 % off on every mesh, `UnstructuredChannelTests`).
    func addSkewnessCorrection(to flux: inout [Double]) {
        guard !mesh.skewedFaces.isEmpty else { return }
        let gradients = velocity.map { gradient(of: $0) }
        let density = setup.fluid.density
        for (i, f) in mesh.skewedFaces.enumerated() {
            let a = mesh.owner[f]
            let b = mesh.neighbour[f]
            let w = mesh.weights[f]
            let s = mesh.skewnessVectors[i]
            var correction = 0.0
            for c in velocity.indices {
                let face = w * gradients[c][a] + (1 - w) * gradients[c][b]
                correction += mesh.faceAreas[f][c] * face.dot(s)
            }
            flux[f] += density * correction
        }
    }

    /// The pressure-correction equation (kg/s, per m depth in 2-D), from continuity with
    /// F_f = F*_f + F'_f and F'_f = −ρ·D_f·|Sf|·δ_f·(p'_N − p'_P):
    ///
    ///     Σ_f ρ·D_f·|Sf|·δ_f·(p'_P − p'_N) = −Σ_f F*_f
    ///
    /// Only the orthogonal part of the p' Laplacian is kept (no non-orthogonal corrector): p'
    /// vanishes at convergence, so the converged solution does not depend on it, and the flux
    /// correction `correct(with:)` uses exactly these coefficients, so the corrected fluxes
    /// satisfy continuity to the linear solver's tolerance on any mesh (Ferziger & Perić, §8.8).
    /// Outlet faces hold p' = 0. Without any outlet the system is singular (pressure is
    /// defined up to a constant); cell 0's diagonal is then doubled, which pins p' there to
    /// about zero (OpenFOAM `setReference`).
    func pressureCorrectionEquation(imbalance: [Double]) -> FVMatrix {
        var equation = FVMatrix(on: mesh)
        let density = setup.fluid.density
        let d = momentumInverseDiagonal
        for f in 0..<mesh.nInternalFaces {
            let a = mesh.owner[f]
            let b = mesh.neighbour[f]
            let w = mesh.weights[f]
            let coefficient =
                density * (w * d[a] + (1 - w) * d[b]) * mesh.faceAreaMagnitudes[f]
                * mesh.deltaCoefficients[f]
            equation.upper[f] = -coefficient
            equation.lower[f] = -coefficient
            equation.diag[a] += coefficient
            equation.diag[b] += coefficient
        }
        var hasOutlet = false
        for f in mesh.nInternalFaces..<mesh.nFaces
        where boundaryKinds[f - mesh.nInternalFaces] == .outlet {
            let a = mesh.owner[f]
            equation.diag[a] +=
                density * d[a] * mesh.faceAreaMagnitudes[f]
                * mesh.deltaCoefficients[f]
            hasOutlet = true
        }
        for c in 0..<mesh.nCells { equation.source[c] = -imbalance[c] }
        if !hasOutlet && mesh.nCells > 0 { equation.diag[0] *= 2 }
        return equation
    }

    /// Applies the solved correction p': F_f += F'_f, u_i,P −= D_P·∂p'/∂x_i for every velocity
    /// component, p += α_p·p'. ∇p' is the gradient scheme's cell gradient: integrating face
    /// values of p' as the momentum equations integrate p (`faceIntegratedGradient(of:)`) made
    /// the tetrahedral channel of `UnstructuredChannelTests` diverge, its boundary values
    /// carried along the faces by the gradient of a field that is far from smooth; at
    /// convergence p' = 0 and the choice does not matter.
    mutating func correct(with correction: [Double]) {
        let density = setup.fluid.density
        let d = momentumInverseDiagonal
        for f in 0..<mesh.nInternalFaces {
            let a = mesh.owner[f]
            let b = mesh.neighbour[f]
            let w = mesh.weights[f]
            faceFlux[f] -=
                density * (w * d[a] + (1 - w) * d[b]) * mesh.faceAreaMagnitudes[f]
                * mesh.deltaCoefficients[f] * (correction[b] - correction[a])
        }
        for f in mesh.nInternalFaces..<mesh.nFaces
        where boundaryKinds[f - mesh.nInternalFaces] == .outlet {
            let a = mesh.owner[f]
            faceFlux[f] +=
                density * d[a] * mesh.faceAreaMagnitudes[f]
                * mesh.deltaCoefficients[f] * correction[a]
        }
        var field = ScalarField(name: "pressure-correction", uniform: 0, on: mesh)
        field.values = correction
        field.boundary = pressureCorrectionBoundary
        let correctionGradient = gradient(of: field)
        let alpha = setup.underRelaxation.pressure
        let nCells = mesh.nCells
        for component in velocity.indices {
            d.withUnsafeBufferPointer { d in
                correctionGradient.withUnsafeBufferPointer { g in
                    velocity[component].values.withUnsafeMutableBufferPointer { u in
                        switch component {
                        case 0: for c in 0..<nCells { u[c] -= d[c] * g[c].x }
                        case 1: for c in 0..<nCells { u[c] -= d[c] * g[c].y }
                        default: for c in 0..<nCells { u[c] -= d[c] * g[c].z }
                        }
                    }
                }
            }
        }
        for c in 0..<mesh.nCells { pressure.values[c] += alpha * correction[c] }
    }
}
