import FiniteVolume
import FlowSolver
import Testing

@Suite struct ResidualTests {
    @Test func firstIterationMomentumResidualOfATwoByTwoCavityIsTheLidShear() throws {
        // Fluid at rest, p = 0: b of x-momentum is the lid's viscous pull on the two top cells,
        // μ·|Sf|·δ·U = μ·0.5·(1/0.25)·1 = 2μ each, so R = 4μ; y-momentum has no source.
        let mesh = try Mesh.rectangle(nx: 2, ny: 2, lx: 1, ly: 1)
        var setup = CavityBenchmark.setup(reynolds: 100)
        setup.schemes.momentum = .firstOrderUpwind
        var solver = try SteadyFlowSolver(mesh: mesh, setup: setup)
        let record = solver.iterate()
        #expect(record.residuals.map(\.equation) == ["continuity", "x-velocity", "y-velocity"])
        #expect(abs(record.residuals[1].unscaled - 4 * 0.01) < 1e-15)
        #expect(record.residuals[2].unscaled == 0)
        #expect(record.residuals[0].normalised == 1)
        #expect(record.residuals[1].normalised == 1)
    }

    @Test func normalisedResidualsDivideByTheMaximumOfTheFirstNMaximizeNormsIterations() throws {
        let mesh = try Mesh.rectangle(nx: 8, ny: 8, lx: 1, ly: 1)
        var setup = CavityBenchmark.setup(reynolds: 100)
        setup.nMaximizeNorms = 3
        var solver = try SteadyFlowSolver(mesh: mesh, setup: setup)
        let records = (0..<8).map { _ in solver.iterate() }
        for equation in 0..<3 {
            let scaled = records.map { $0.residuals[equation].scaled }
            for (k, record) in records.enumerated() {
                let factor = scaled[0..<min(k + 1, 3)].max() ?? 1
                let expected = factor > 0 ? scaled[k] / factor : scaled[k]
                #expect(abs(record.residuals[equation].normalised - expected) <= 1e-15 * expected)
            }
        }
        // Continuity: scaled is the unscaled sum divided by its own early maximum.
        let continuity = records.map { $0.residuals[0] }
        let factor = continuity[0..<3].map(\.unscaled).max() ?? 1
        #expect(abs(continuity[6].scaled - continuity[6].unscaled / factor) < 1e-15)
        #expect(continuity[6].scaled == continuity[6].normalised)
        #expect(records.map(\.iteration) == Array(1...8))
    }

    @Test func residualsOfAnExactUniformChannelFlowAreZero() throws {
        // Uniform flow U = 2 m/s between symmetry planes: u = U, v = 0, p = 0 satisfies every
        // discrete equation, so all residuals are round-off.
        let mesh = try Mesh.rectangle(nx: 6, ny: 3, lx: 3, ly: 1)
        var setup = CaseSetup()
        setup.fluid = FluidProperties(density: 1.2, viscosity: 0.01)
        setup.boundaryConditions = [
            "left": .velocityInlet(.init(meanSpeed: 2)),
            "right": .pressureOutlet(.init()),
            "bottom": .symmetry, "top": .symmetry,
        ]
        setup.initialValues.xVelocity = 2
        var solver = try SteadyFlowSolver(mesh: mesh, setup: setup)
        let record = solver.iterate()
        #expect(record.residuals[0].unscaled < 1e-13)
        #expect(record.residuals[1].scaled < 1e-14)
        #expect(record.residuals[2].scaled < 1e-14)
        #expect(solver.velocity[0].values.allSatisfy { abs($0 - 2) < 1e-12 })
    }

    @Test func divergingRunReportsNonFiniteResidualsInsteadOfCrashing() throws {
        // Re = 1e7 on a coarse mesh with no relaxation blows up within a few iterations.
        let mesh = try Mesh.rectangle(nx: 6, ny: 6, lx: 1, ly: 1)
        var setup = CavityBenchmark.setup(reynolds: 1e7)
        setup.underRelaxation = UnderRelaxation(pressure: 1, momentum: 1)
        setup.coupling = .simple
        var solver = try SteadyFlowSolver(mesh: mesh, setup: setup)
        var largest = 0.0
        for _ in 0..<200 {
            let record = solver.iterate()
            let worst = record.residuals.map(\.normalised).max() ?? 0
            if !worst.isFinite || worst > 1e6 {
                largest = .infinity
                break
            }
            largest = max(largest, worst)
        }
        #expect(largest > 1e6)
    }

    @Test func missingOrUnknownPatchConditionsAreNamed() throws {
        let mesh = try Mesh.rectangle(nx: 2, ny: 2, lx: 1, ly: 1)
        var setup = CavityBenchmark.setup(reynolds: 100)
        setup.boundaryConditions["top"] = nil
        #expect(throws: SetupError.missingBoundaryCondition(patch: "top")) {
            try SteadyFlowSolver(mesh: mesh, setup: setup)
        }
        setup.boundaryConditions["top"] = .symmetry
        setup.boundaryConditions["lid"] = .symmetry
        #expect(
            throws: SetupError.unknownPatch("lid", available: ["left", "right", "bottom", "top"])
        ) {
            try SteadyFlowSolver(mesh: mesh, setup: setup)
        }
    }
}

@Suite struct CouplingTests {
    /// Centre-line u of the Re = 100 cavity on 33², converged to scaled 1e-7.
    func converged(_ coupling: PressureVelocityCoupling, relaxation: UnderRelaxation) throws
        -> (profile: [Double], iterations: Int)
    {
        let mesh = try Mesh.rectangle(nx: 33, ny: 33, lx: 1, ly: 1)
        var setup = CavityBenchmark.setup(reynolds: 100)
        setup.coupling = coupling
        setup.underRelaxation = relaxation
        var solver = try SteadyFlowSolver(mesh: mesh, setup: setup)
        var iterations = 0
        while iterations < 3000 {
            iterations += 1
            if solver.iterate().residuals.allSatisfy({ $0.scaled < 1e-7 }) { break }
        }
        let points = (1...19).map { Vector3(0.5, Double($0) / 20) }
        return (try solver.sample("x-velocity", at: points), iterations)
    }

    @Test(.enabled(if: isOptimisedBuild))
    func simpleAndSimplecConvergeToTheSameSolutionWhateverTheRelaxation() throws {
        // The Rhie-Chow coefficient uses the unrelaxed momentum diagonal, so the converged
        // flux, and with it the solution, does not depend on α_u or the coupling scheme.
        let simple = try converged(.simple, relaxation: UnderRelaxation())
        let simplec = try converged(
            .simplec, relaxation: UnderRelaxation(pressure: 1, momentum: 0.9))
        #expect(simple.iterations < 3000 && simplec.iterations < 3000)
        #expect(simplec.iterations * 2 < simple.iterations)
        let difference = zip(simple.profile, simplec.profile).map { abs($0 - $1) }.max() ?? 1
        #expect(difference < 1e-5)
    }
}
