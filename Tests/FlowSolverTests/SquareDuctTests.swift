import FiniteVolume
import FlowSolver
import Foundation
import Testing

/// Fully developed laminar flow in a square duct of side a (D_h = a), analytic_solutions.md §6
/// (Shah & London 1978): Darcy f·Re_Dh = 56.91 and u_max/U_mean = 2.0963. A quarter of the
/// duct on the 3-D box generator: walls at y = 0 and z = 0, symmetry at y = a/2 and z = a/2,
/// uniform inflow, pressure outlet.
@Suite struct SquareDuctTests {
    static let side = 1.0
    static let length = 3.0
    static let reynolds = 10.0

    /// The converged quarter duct with `across` cells across each half side.
    static func duct(across: Int, along: Int) throws -> SteadyFlowSolver {
        let half = side / 2
        let mesh = try Mesh.box(
            nx: along, ny: across, nz: across, lx: length, ly: half, lz: half,
            patchNames: [
                .left: "inlet", .right: "outlet", .bottom: "wall", .back: "wall",
                .top: "symmetry", .front: "symmetry",
            ])
        var setup = CaseSetup()
        setup.fluid = FluidProperties(density: 1, viscosity: side / reynolds)
        setup.boundaryConditions = [
            "inlet": .velocityInlet(.init(meanSpeed: 1)), "outlet": .pressureOutlet(.init()),
            "wall": .wall(.init()), "symmetry": .symmetry,
        ]
        setup.coupling = .simplec
        setup.underRelaxation = UnderRelaxation(pressure: 1, momentum: 0.9)
        var solver = try SteadyFlowSolver(mesh: mesh, setup: setup)
        var converged = false
        for _ in 0..<2000 where !converged {
            converged = solver.iterate().residuals.allSatisfy { $0.scaled < 1e-8 }
        }
        #expect(converged)
        return solver
    }

    @Test(.enabled(if: isOptimisedBuild))
    func squareDuctMatchesTheSeriesSolutionWithinOnePercent() throws {
        let solver = try Self.duct(across: 16, along: 40)
        let centre = { (x: Double) in Vector3(x, Self.side / 2, Self.side / 2) }
        let p = try solver.sample("pressure", at: [centre(1.75), centre(2.5)])
        let gradient = (p[1] - p[0]) / 0.75
        // f·Re = (−dp/dx)·D_h/(ρU²/2) · ρU·D_h/μ = (−dp/dx)·2·D_h²/(μ·U), U = 1 m/s.
        let viscosity = Self.side / Self.reynolds
        let frictionReynolds = -gradient * 2 * Self.side * Self.side / viscosity
        let peak = try solver.sample("x-velocity", at: [centre(2.5)])[0]
        print("square duct: f Re = \(frictionReynolds) (56.91), u_max/U = \(peak) (2.0963)")
        #expect(abs(frictionReynolds / 56.91 - 1) < 0.01)
        #expect(abs(peak / 2.0963 - 1) < 0.01)
        let inflow = try solver.massFlowRate(patch: "inlet")
        #expect(abs(inflow + Self.side * Self.side / 4) < 1e-12)
        #expect(abs(try solver.massFlowRate(patch: "outlet") + inflow) < 1e-9)
        // The x-force of the fluid on the walls balances the quarter duct's x-momentum:
        // F = ṁ·(U − ū_out) + A·(p̄_in − p̄_out), ū_out mass-weighted, p̄ area-weighted.
        let drag = try solver.evaluate(.force(patches: ["wall"], direction: Vector3(1, 0, 0)))
        let area = Self.side * Self.side / 4
        let outflowSpeed = try solver.evaluate(
            .massWeightedAverage(field: "x-velocity", patch: "outlet"))
        let inletPressure = try solver.evaluate(
            .areaWeightedAverage(field: "pressure", patch: "inlet"))
        let outletPressure = try solver.evaluate(
            .areaWeightedAverage(field: "pressure", patch: "outlet"))
        let balance = -inflow * (1 - outflowSpeed) + area * (inletPressure - outletPressure)
        print("square duct: wall force \(drag), momentum balance \(balance)")
        #expect(abs(drag / balance - 1) < 0.02)
    }
}
