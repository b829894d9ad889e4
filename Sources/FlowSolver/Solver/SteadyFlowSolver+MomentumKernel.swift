import FiniteVolume

extension SteadyFlowSolver {
    /// Both momentum equations in one pass over the faces: the same discretisation as
    /// `momentumEquation(component:…)` (its naive reference), with the convection-diffusion
    /// coefficients computed once and shared by u and v (only boundary terms and sources
    /// differ), and no temporary matrices.
    func assembleMomentum(pressureGradient: [Vector2], outflow: [Double])
        -> (x: FVMatrix, y: FVMatrix)
    {
        let nCells = mesh.nCells
        let nInternal = mesh.nInternalFaces
        let secondOrder = setup.schemes.momentum == .secondOrderUpwind
        let gu = secondOrder ? FVC.grad(xVelocity, on: mesh) : []
        let gv = secondOrder ? FVC.grad(yVelocity, on: mesh) : []
        let mu = setup.fluid.viscosity
        var diag = [Double](repeating: 0, count: nCells)
        var upper = [Double](repeating: 0, count: nInternal)
        var lower = [Double](repeating: 0, count: nInternal)
        var sx = [Double](repeating: 0, count: nCells)
        var sy = [Double](repeating: 0, count: nCells)
        let u = xVelocity.values
        let v = yVelocity.values
        mesh.owner.withUnsafeBufferPointer { owner in
            mesh.neighbour.withUnsafeBufferPointer { neighbour in
                mesh.faceAreaMagnitudes.withUnsafeBufferPointer { area in
                    mesh.deltaCoefficients.withUnsafeBufferPointer { delta in
                        faceFlux.withUnsafeBufferPointer { flux in
                            diag.withUnsafeMutableBufferPointer { d in
                                upper.withUnsafeMutableBufferPointer { up in
                                    lower.withUnsafeMutableBufferPointer { lo in
                                        for f in 0..<nInternal {
                                            let a = owner[f]
                                            let b = neighbour[f]
                                            let diffusion = mu * area[f] * delta[f]
                                            let out = max(flux[f], 0)
                                            let into = min(flux[f], 0)
                                            up[f] = into - diffusion
                                            lo[f] = -out - diffusion
                                            d[a] += diffusion + out
                                            d[b] += diffusion - into
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        if secondOrder {
            sx.withUnsafeMutableBufferPointer { sx in
                sy.withUnsafeMutableBufferPointer { sy in
                    mesh.faceCentres.withUnsafeBufferPointer { xf in
                        mesh.cellCentres.withUnsafeBufferPointer { xc in
                            for f in 0..<nInternal {
                                let a = mesh.owner[f]
                                let b = mesh.neighbour[f]
                                let flux = faceFlux[f]
                                let up = flux >= 0 ? a : b
                                let r = xf[f] - xc[up]
                                let uFace = min(
                                    max(u[up] + gu[up].dot(r), min(u[a], u[b])), max(u[a], u[b]))
                                let vFace = min(
                                    max(v[up] + gv[up].dot(r), min(v[a], v[b])), max(v[a], v[b]))
                                let cu = flux * (uFace - u[up])
                                let cv = flux * (vFace - v[up])
                                sx[a] -= cu
                                sx[b] += cu
                                sy[a] -= cv
                                sy[b] += cv
                            }
                        }
                    }
                }
            }
        }
        for c in 0..<nCells { diag[c] -= outflow[c] }
        var dx = diag
        var dy = diag
        let uBoundary = xVelocity.boundary
        let vBoundary = yVelocity.boundary
        for f in nInternal..<mesh.nFaces {
            let k = f - nInternal
            let a = mesh.owner[f]
            let diffusion = mu * mesh.faceAreaMagnitudes[f]
            let flux = faceFlux[f]
            dx[a] += flux * uBoundary.valueInternal[k] - diffusion * uBoundary.gradientInternal[k]
            sx[a] += diffusion * uBoundary.gradientBoundary[k] - flux * uBoundary.valueBoundary[k]
            dy[a] += flux * vBoundary.valueInternal[k] - diffusion * vBoundary.gradientInternal[k]
            sy[a] += diffusion * vBoundary.gradientBoundary[k] - flux * vBoundary.valueBoundary[k]
        }
        let buoyancy =
            setup.energyEnabled
            ? setup.fluid.density * setup.fluid.thermalExpansionCoefficient : 0
        let g = setup.operating.gravity
        let t0 = setup.operating.operatingTemperature
        for c in 0..<nCells {
            let volume = mesh.cellVolumes[c]
            let excess = buoyancy * (temperature.values[c] - t0)
            sx[c] -= (pressureGradient[c].x + excess * g.x) * volume
            sy[c] -= (pressureGradient[c].y + excess * g.y) * volume
        }
        return (
            FVMatrix(diag: dx, upper: upper, lower: lower, source: sx),
            FVMatrix(diag: dy, upper: upper, lower: lower, source: sy)
        )
    }
}
