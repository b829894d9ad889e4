import FiniteVolume

extension SteadyFlowSolver {
    /// The energy equation for temperature T (W, per m depth in 2-D), constant properties,
    /// unrelaxed:
    ///
    ///     Σ_f cp·F_f·T_f − Σ_f k_f·|Sf|·(∂T/∂n)_f − cp·(Σ_f F_f)·T_P = 0
    ///
    /// with k_f = k + cp·μ_t,f/Pr_t (Pr_t = `turbulentPrandtlNumber`; k when laminar).
    /// Walls at fixed temperature or heat flux (∂T/∂n = q/k), adiabatic walls and symmetry
    /// zero gradient, inlets fixed temperature, outlets zero gradient. Conduction carries the
    /// non-orthogonal correction of `FVM.laplacian` on non-orthogonal faces.
    func energyEquation(outflow: [Double]) -> FVMatrix {
        let cp = setup.fluid.specificHeat
        let eddy = cp / setup.turbulentPrandtlNumber
        let molecular = setup.fluid.thermalConductivity
        let mu = setup.fluid.viscosity
        let conductivity = faceViscosity.map { molecular + eddy * ($0 - mu) }
        let enthalpyFlux = faceFlux.map { cp * $0 }
        let secondOrder = setup.schemes.energy == .secondOrderUpwind
        let nonOrthogonal = !mesh.nonOrthogonalFaces.isEmpty
        let temperatureGradient = secondOrder || nonOrthogonal ? gradient(of: temperature) : []
        return FVM.div(
            enthalpyFlux, temperature, scheme: setup.schemes.energy,
            gradient: secondOrder ? temperatureGradient : [], on: mesh)
            - FVM.laplacian(
                conductivity, temperature, gradient: nonOrthogonal ? temperatureGradient : [],
                on: mesh)
            - FVM.implicitSource(outflow.map { cp * $0 }, on: mesh)
    }
}
