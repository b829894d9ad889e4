import FiniteVolume
import FlowSolver
import MeshTestSupport
import Testing

/// The fused momentum kernel against the term-by-term FVM composition (its naive reference).
@Suite struct MomentumKernelTests {
    /// The fused and reference equations agree to round-off, relative to the largest entry.
    func expectKernelMatchesReference(_ solver: SteadyFlowSolver) {
        let fast = solver.momentumEquations()
        let reference = solver.momentumEquationsReference()
        #expect(fast.count == solver.mesh.dimension && reference.count == fast.count)
        for (a, b) in zip(fast, reference) { #expect(a.largestRelativeDifference(to: b) < 1e-13) }
    }

    @Test(arguments: ConvectionScheme.allCases)
    func fusedMomentumKernelMatchesTheOperatorCompositionInACavity(_ scheme: ConvectionScheme)
        throws
    {
        let mesh = try Mesh.rectangle(nx: 12, ny: 10, lx: 1, ly: 1, gradingX: 2)
        var setup = CavityBenchmark.setup(reynolds: 400)
        setup.schemes.momentum = scheme
        var solver = try SteadyFlowSolver(mesh: mesh, setup: setup)
        for _ in 0..<5 { _ = solver.iterate() }
        expectKernelMatchesReference(solver)
    }

    @Test func fusedMomentumKernelMatchesWithInletOutletSymmetryAndBuoyancy() throws {
        let mesh = try Mesh.rectangle(nx: 10, ny: 6, lx: 2, ly: 1)
        var setup = CaseSetup()
        setup.fluid = FluidProperties(density: 1, viscosity: 0.02)
        setup.fluid.thermalExpansionCoefficient = 0.01
        setup.energyEnabled = true
        setup.operating.gravity = Vector3(0.5, -9.81)
        setup.boundaryConditions = [
            "left": .velocityInlet(.init(meanSpeed: 1, profile: .parabolic, temperature: 320)),
            "right": .pressureOutlet(.init()),
            "bottom": .wall(.init(thermal: .heatFlux(50))), "top": .symmetry,
        ]
        setup.coupling = .simplec
        var solver = try SteadyFlowSolver(mesh: mesh, setup: setup)
        for _ in 0..<5 { _ = solver.iterate() }
        expectKernelMatchesReference(solver)
    }
}
