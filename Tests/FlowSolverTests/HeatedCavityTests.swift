import FiniteVolume
import FlowSolver
import Testing

/// de Vahl Davis (1983), Int. J. Numer. Methods Fluids 3:249-264, natural convection in a
/// square cavity (validation/devahldavis1983_heated_cavity.csv): hot left wall T = 1, cold
/// right wall T = 0, adiabatic top and bottom, Pr = 0.71. Units are chosen so that the
/// thermal diffusivity α = k/(ρ·cp) = 1 and L = 1, so velocities are already scaled by α/L:
/// ρ = cp = k = β = 1, μ = Pr, g = −Ra·Pr (ΔT = 1), T0 = 0.5.
@Suite struct HeatedCavityTests {
    struct Benchmark {
        let rayleigh: Double
        let uMax: Double
        let vMax: Double
        let nusselt: Double
    }

    static let table = [
        Benchmark(rayleigh: 1e3, uMax: 3.649, vMax: 3.697, nusselt: 1.118),
        Benchmark(rayleigh: 1e4, uMax: 16.178, vMax: 19.617, nusselt: 2.243),
    ]

    static func setup(rayleigh: Double) -> CaseSetup {
        let prandtl = 0.71
        var setup = CaseSetup()
        setup.fluid = FluidProperties(density: 1, viscosity: prandtl)
        setup.fluid.specificHeat = 1
        setup.fluid.thermalConductivity = 1
        setup.fluid.thermalExpansionCoefficient = 1
        setup.energyEnabled = true
        setup.operating.gravity = Vector3(0, -rayleigh * prandtl)
        setup.operating.operatingTemperature = 0.5
        setup.boundaryConditions = [
            "left": .wall(.init(thermal: .temperature(1))),
            "right": .wall(.init(thermal: .temperature(0))),
            "bottom": .wall(.init()), "top": .wall(.init()),
        ]
        setup.coupling = .simplec
        setup.underRelaxation = UnderRelaxation(pressure: 1, momentum: 0.9)
        setup.initialValues.temperature = 0.5
        return setup
    }

    @Test(.enabled(if: isOptimisedBuild), arguments: table)
    func heatedCavityMatchesDeVahlDavisOnA64SquaredMesh(_ reference: Benchmark) throws {
        let mesh = try Mesh.rectangle(nx: 64, ny: 64, lx: 1, ly: 1)
        var solver = try SteadyFlowSolver(
            mesh: mesh, setup: Self.setup(rayleigh: reference.rayleigh))
        var converged = false
        for _ in 0..<3000 where !converged {
            let record = solver.iterate()
            #expect(record.residuals.map(\.equation).last == "energy")
            converged = record.residuals.allSatisfy { $0.scaled < 1e-6 }
        }
        #expect(converged)
        let hot = try solver.averageNusselt(
            patch: "left", referenceLength: 1, temperatureDifference: 1)
        let cold = try solver.averageNusselt(
            patch: "right", referenceLength: 1, temperatureDifference: 1)
        let vertical = SteadyFlowSolver.linePoints(
            from: Vector3(0.5, 0), to: Vector3(0.5, 1), count: 1001)
        let horizontal = SteadyFlowSolver.linePoints(
            from: Vector3(0, 0.5), to: Vector3(1, 0.5), count: 1001)
        let uMax = try solver.sample("x-velocity", at: vertical).max() ?? 0
        let vMax = try solver.sample("y-velocity", at: horizontal).max() ?? 0
        print("Ra \(reference.rayleigh): Nu \(hot), u_max \(uMax), v_max \(vMax)")
        #expect(abs(hot / reference.nusselt - 1) < 0.01)
        // Energy balance: what enters at the hot wall leaves at the cold wall.
        #expect(abs(hot + cold) < 1e-4 * hot)
        #expect(abs(uMax / reference.uMax - 1) < 0.02)
        #expect(abs(vMax / reference.vMax - 1) < 0.02)
    }
}
