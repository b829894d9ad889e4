import FiniteVolume

extension SteadyFlowSolver {
    /// Net mass outflow of every cell, Σ_f F_f over its faces (kg/s per m depth; nCells).
    func netOutflow(_ flux: [Double]) -> [Double] {
        var net = [Double](repeating: 0, count: mesh.nCells)
        flux.withUnsafeBufferPointer { flux in
            mesh.owner.withUnsafeBufferPointer { owner in
                mesh.neighbour.withUnsafeBufferPointer { neighbour in
                    net.withUnsafeMutableBufferPointer { net in
                        for f in 0..<neighbour.count {
                            net[owner[f]] += flux[f]
                            net[neighbour[f]] -= flux[f]
                        }
                        for f in neighbour.count..<owner.count { net[owner[f]] += flux[f] }
                    }
                }
            }
        }
        return net
    }

    /// The unrelaxed x- and y-momentum equations at the current state, composed from the FVM
    /// operators term by term: the reference for the fused kernel `momentumEquations()`.
    public func momentumEquationsReference() -> (x: FVMatrix, y: FVMatrix) {
        let pressureGradient = FVC.grad(pressure, on: mesh)
        let outflow = netOutflow(faceFlux)
        return (
            momentumEquation(component: 0, pressureGradient: pressureGradient, outflow: outflow),
            momentumEquation(component: 1, pressureGradient: pressureGradient, outflow: outflow)
        )
    }

    /// The unrelaxed x- and y-momentum equations at the current state, as the solver
    /// assembles them (fused kernel; see `momentumEquation(component:…)` for the equation).
    public func momentumEquations() -> (x: FVMatrix, y: FVMatrix) {
        assembleMomentum(
            pressureGradient: FVC.grad(pressure, on: mesh), outflow: netOutflow(faceFlux))
    }

    /// The momentum equation for one velocity component φ (u or v), unrelaxed:
    ///
    ///     Σ_f F_f·φ_f − Σ_f μ·|Sf|·(∂φ/∂n)_f − (Σ_f F_f)·φ_P = −(∂p/∂x_i)_P·V_P + S_i·V_P
    ///
    /// (N per m depth). The third term ("bounded" convection, OpenFOAM `bounded Gauss`) vanishes
    /// for a converged, mass-conserving flux and keeps aP = Σ aN meanwhile. S_i is the
    /// Boussinesq body force −ρ·β·(T − T0)·g_i when buoyancy is on.
    ///
    /// - Parameters:
    ///   - component: 0 for x, 1 for y.
    ///   - pressureGradient: (nCells) ∇p, Pa/m.
    ///   - outflow: (nCells) `netOutflow(faceFlux)`.
    func momentumEquation(
        component: Int, pressureGradient: [Vector2], outflow: [Double]
    ) -> FVMatrix {
        let field = component == 0 ? xVelocity : yVelocity
        let viscosity = [Double](repeating: setup.fluid.viscosity, count: mesh.nFaces)
        let gradient =
            setup.schemes.momentum == .secondOrderUpwind ? FVC.grad(field, on: mesh) : []
        var equation =
            FVM.div(faceFlux, field, scheme: setup.schemes.momentum, gradient: gradient, on: mesh)
            - FVM.laplacian(viscosity, field, on: mesh)
            - FVM.implicitSource(outflow, on: mesh)
        let gravity = component == 0 ? setup.operating.gravity.x : setup.operating.gravity.y
        let buoyancy =
            setup.energyEnabled
            ? setup.fluid.density * setup.fluid.thermalExpansionCoefficient
                * gravity : 0
        let t0 = setup.operating.operatingTemperature
        for c in 0..<mesh.nCells {
            let dpdx = component == 0 ? pressureGradient[c].x : pressureGradient[c].y
            var source = -dpdx
            if buoyancy != 0 { source -= buoyancy * (temperature.values[c] - t0) }
            equation.source[c] += source * mesh.cellVolumes[c]
        }
        return equation
    }
}
