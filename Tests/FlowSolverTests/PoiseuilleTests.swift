import FiniteVolume
import FlowSolver
import Testing

/// Plane Poiseuille flow (analytic_solutions.md §1): u_max = 1.5·U_mean, dp/dx = −12·μ·U/H².
@Suite struct PoiseuilleTests {
    static let height = 0.1
    static let meanSpeed = 0.05
    static let viscosity = 1e-3
    static let density = 1.0

    func developedChannel(inlet: InletProfile) throws -> SteadyFlowSolver {
        // Re_H = ρ·U·H/μ = 5; a 1 m channel is 10 heights, 40 × 21 cells.
        let mesh = try Mesh.rectangle(
            nx: 40, ny: 21, lx: 1, ly: Self.height,
            patchNames: [.left: "inlet", .right: "outlet", .bottom: "wall", .top: "wall"])
        var setup = CaseSetup()
        setup.fluid = FluidProperties(density: Self.density, viscosity: Self.viscosity)
        setup.boundaryConditions = [
            "inlet": .velocityInlet(.init(meanSpeed: Self.meanSpeed, profile: inlet)),
            "outlet": .pressureOutlet(.init(gaugePressure: 0)),
            "wall": .wall(.init()),
        ]
        setup.coupling = .simplec
        setup.underRelaxation = UnderRelaxation(pressure: 1, momentum: 0.9)
        var solver = try SteadyFlowSolver(mesh: mesh, setup: setup)
        for _ in 0..<3000 {
            let record = solver.iterate()
            if record.residuals.allSatisfy({ $0.scaled < 1e-9 }) { break }
        }
        return solver
    }

    @Test func fullyDevelopedChannelHasPeakOneAndAHalfTimesTheMeanAndTheAnalyticPressureDrop()
        throws
    {
        let solver = try developedChannel(inlet: .parabolic)
        let h = Self.height
        let centre = try solver.sample("x-velocity", at: [Vector3(0.7, h / 2)])[0]
        #expect(abs(centre / Self.meanSpeed - 1.5) < 0.005 * 1.5)
        let p = try solver.sample("pressure", at: [Vector3(0.3, h / 2), Vector3(0.7, h / 2)])
        let gradient = (p[1] - p[0]) / 0.4
        let analytic = -12 * Self.viscosity * Self.meanSpeed / (h * h)
        #expect(abs(gradient / analytic - 1) < 0.01)
    }

    @Test func uniformInletDevelopsTheParabolicProfileDownstream() throws {
        let solver = try developedChannel(inlet: .uniform)
        let centre = try solver.sample("x-velocity", at: [Vector3(0.9, Self.height / 2)])[0]
        #expect(abs(centre / Self.meanSpeed - 1.5) < 0.005 * 1.5)
    }

    @Test func outletMassFlowEqualsTheInletFlow() throws {
        let solver = try developedChannel(inlet: .parabolic)
        let inflow = try solver.massFlowRate(patch: "inlet")
        let outflow = try solver.massFlowRate(patch: "outlet")
        #expect(abs(inflow + Self.density * Self.meanSpeed * Self.height) < 1e-12)
        #expect(abs(outflow + inflow) < 1e-9 * abs(inflow))
    }
}
