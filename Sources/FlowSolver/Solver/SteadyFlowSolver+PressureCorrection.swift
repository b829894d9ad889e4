import FiniteVolume
import LinearSolvers

extension SteadyFlowSolver {
    /// Rhie-Chow face mass fluxes from the predicted velocities (kg/s per m depth; nFaces):
    ///
    ///     F*_f = ρ·[ū*_f·Sf − D_f·((p_N − p_P)·|Sf|·δ_f − ∇p̄_f·Sf)]
    ///
    /// with ū*_f, D_f, ∇p̄_f linearly interpolated and D = V/aP from the unrelaxed momentum
    /// diagonal (Rhie & Chow 1983), so the converged flux does not depend on α_u. The bracket damps pressure checkerboarding. Walls and symmetry
    /// carry no flux, inlets their fixed flux; outlets use the owner's velocity and the
    /// same pressure smoothing against the fixed boundary pressure.
    func rhieChowFluxes(pressureGradient: [Vector2]) -> [Double] {
        var flux = [Double](repeating: 0, count: mesh.nFaces)
        let density = setup.fluid.density
        let d = rhieChowInverseDiagonal
        let u = xVelocity.values
        let v = yVelocity.values
        let p = pressure.values
        let nInternal = mesh.nInternalFaces
        mesh.owner.withUnsafeBufferPointer { owner in
            mesh.neighbour.withUnsafeBufferPointer { neighbour in
                mesh.weights.withUnsafeBufferPointer { weights in
                    mesh.faceAreas.withUnsafeBufferPointer { sf in
                        mesh.faceAreaMagnitudes.withUnsafeBufferPointer { area in
                            mesh.deltaCoefficients.withUnsafeBufferPointer { delta in
                                pressureGradient.withUnsafeBufferPointer { gp in
                                    for f in 0..<nInternal {
                                        let a = owner[f]
                                        let b = neighbour[f]
                                        let w = weights[f]
                                        let s = sf[f]
                                        let uf = w * u[a] + (1 - w) * u[b]
                                        let vf = w * v[a] + (1 - w) * v[b]
                                        let df = w * d[a] + (1 - w) * d[b]
                                        let gx = w * gp[a].x + (1 - w) * gp[b].x
                                        let gy = w * gp[a].y + (1 - w) * gp[b].y
                                        let compact = (p[b] - p[a]) * area[f] * delta[f]
                                        let interpolated = gx * s.x + gy * s.y
                                        flux[f] =
                                            density
                                            * (uf * s.x + vf * s.y - df * (compact - interpolated))
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
                flux[f] =
                    density
                    * (u[a] * s.x + v[a] * s.y - d[a] * (compact - pressureGradient[a].dot(s)))
            }
        }
        return flux
    }

    /// The pressure-correction equation (kg/s per m depth), from continuity with
    /// F_f = F*_f + F'_f and F'_f = −ρ·D_f·|Sf|·δ_f·(p'_N − p'_P):
    ///
    ///     Σ_f ρ·D_f·|Sf|·δ_f·(p'_P − p'_N) = −Σ_f F*_f
    ///
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

    /// Applies the solved correction p': F_f += F'_f, u_P −= D_P·∂p'/∂x, v_P −= D_P·∂p'/∂y,
    /// p += α_p·p'.
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
        let gradient = FVC.grad(field, on: mesh)
        let alpha = setup.underRelaxation.pressure
        for c in 0..<mesh.nCells {
            xVelocity.values[c] -= d[c] * gradient[c].x
            yVelocity.values[c] -= d[c] * gradient[c].y
            pressure.values[c] += alpha * correction[c]
        }
    }
}
