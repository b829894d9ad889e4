import FiniteVolume

extension SteadyFlowSolver {
    /// Net mass outflow of every cell, Σ_f F_f over its faces (kg/s, per m depth in 2-D; nCells).
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

    /// The unrelaxed momentum equations at the current state, one per velocity component,
    /// composed from the FVM operators term by term: the reference for the fused kernel
    /// `momentumEquations()`.
    public func momentumEquationsReference() -> [FVMatrix] {
        let pressureGradient = faceIntegratedGradient(of: pressure)
        let outflow = netOutflow(faceFlux)
        return velocity.indices.map {
            momentumEquation(component: $0, pressureGradient: pressureGradient, outflow: outflow)
        }
    }

    /// The unrelaxed momentum equations at the current state, one per velocity component, as
    /// the solver assembles them (fused kernel; see `momentumEquation(component:…)` for the
    /// equation).
    public func momentumEquations() -> [FVMatrix] {
        assembleMomentum(
            pressureGradient: faceIntegratedGradient(of: pressure), outflow: netOutflow(faceFlux))
    }

    /// The momentum equation for one velocity component φ (u, v or w), unrelaxed:
    ///
    ///     Σ_f F_f·φ_f − Σ_f μ_f·|Sf|·(∂φ/∂n)_f − (Σ_f F_f)·φ_P = −(∂p/∂x_i)_P·V_P + S_i·V_P
    ///
    /// μ_f = μ + μ_t,f the effective viscosity at the face (`faceViscosity`; μ when laminar).
    /// The eddy viscosity's ∇·(μ_t·(∇u)ᵀ) part of the stress is not included.
    /// (N, per m depth in 2-D), (∂p/∂x_i)_P·V_P being the face pressures' force Σ_f p_f·Sf_i
    /// (`faceIntegratedGradient(of:)`). The third term ("bounded" convection, OpenFOAM
    /// `bounded Gauss`) vanishes for a converged, mass-conserving flux and keeps aP = Σ aN
    /// meanwhile. The diffusion carries the non-orthogonal correction of `FVM.laplacian` on
    /// non-orthogonal faces. S_i is the case's uniform momentum source (`momentumSource`) plus
    /// the Boussinesq body force −ρ·β·(T − T0)·g_i when buoyancy is on.
    ///
    /// - Parameters:
    ///   - component: 0 for x, 1 for y, 2 for z.
    ///   - pressureGradient: (nCells) ∇p, Pa/m (`faceIntegratedGradient(of:)`).
    ///   - outflow: (nCells) `netOutflow(faceFlux)`.
    func momentumEquation(
        component: Int, pressureGradient: [Vector3], outflow: [Double]
    ) -> FVMatrix {
        let field = velocity[component]
        let viscosity = faceViscosity
        let needsGradient =
            setup.schemes.momentum == .secondOrderUpwind || !mesh.nonOrthogonalFaces.isEmpty
        let fieldGradient = needsGradient ? gradient(of: field) : []
        let convectionGradient = setup.schemes.momentum == .secondOrderUpwind ? fieldGradient : []
        let diffusionGradient = mesh.nonOrthogonalFaces.isEmpty ? [] : fieldGradient
        var equation =
            FVM.div(
                faceFlux, field, scheme: setup.schemes.momentum, gradient: convectionGradient,
                on: mesh)
            - FVM.laplacian(viscosity, field, gradient: diffusionGradient, on: mesh)
            - FVM.implicitSource(outflow, on: mesh)
        let gravity = setup.operating.gravity[component]
        let buoyancy =
            setup.energyEnabled
            ? setup.fluid.density * setup.fluid.thermalExpansionCoefficient
                * gravity : 0
        let t0 = setup.operating.operatingTemperature
        for c in 0..<mesh.nCells {
            var source = setup.momentumSource[component] - pressureGradient[c][component]
            if buoyancy != 0 { source -= buoyancy * (temperature.values[c] - t0) }
            equation.source[c] += source * mesh.cellVolumes[c]
        }
        return equation
    }
}
