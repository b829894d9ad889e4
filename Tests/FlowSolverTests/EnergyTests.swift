import FiniteVolume
import FlowSolver
import Testing

@Suite struct EnergyTests {
    @Test func heatFluxThroughAWallLeavesWithTheOutletEnthalpy() throws {
        // Channel H = 0.1 m, L = 1 m, U = 0.05 m/s, ρ = 1, cp = 1000, k = 0.025 (Péclet 200),
        // bottom wall heated with q = 40 W/m², top adiabatic, inlet at 300 K. Energy balance:
        // ρ·U·H·cp·(T̄_out − T_in) = q·L, so the mass-weighted outlet temperature is 308 K
        // (the inlet's diffusive flux is negligible at this Péclet number).
        let mesh = try Mesh.rectangle(
            nx: 40, ny: 10, lx: 1, ly: 0.1,
            patchNames: [.left: "inlet", .right: "outlet", .bottom: "heater", .top: "wall"])
        var setup = CaseSetup()
        setup.fluid = FluidProperties(density: 1, viscosity: 1e-3)
        setup.fluid.specificHeat = 1000
        setup.fluid.thermalConductivity = 0.025
        setup.energyEnabled = true
        setup.boundaryConditions = [
            "inlet": .velocityInlet(.init(meanSpeed: 0.05, profile: .parabolic, temperature: 300)),
            "outlet": .pressureOutlet(.init()),
            "heater": .wall(.init(thermal: .heatFlux(40))),
            "wall": .wall(.init(thermal: .adiabatic)),
        ]
        setup.coupling = .simplec
        setup.underRelaxation = UnderRelaxation(pressure: 1, momentum: 0.9)
        setup.initialValues.temperature = 300
        var solver = try SteadyFlowSolver(mesh: mesh, setup: setup)
        var converged = false
        for _ in 0..<3000 where !converged {
            converged = solver.iterate().residuals.allSatisfy { $0.scaled < 1e-9 }
        }
        #expect(converged)
        let outlet = try solver.evaluate(
            .massWeightedAverage(field: "temperature", patch: "outlet"))
        #expect(abs((outlet - 300) / 8 - 1) < 0.005)
        // The heated wall is hotter than the adiabatic one.
        let heater = try solver.evaluate(
            .areaWeightedAverage(field: "temperature", patch: "heater"))
        let wall = try solver.evaluate(.areaWeightedAverage(field: "temperature", patch: "wall"))
        #expect(heater > wall)
    }
}
