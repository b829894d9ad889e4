import FiniteVolume
import FlowSolver
import MeshTestSupport
import Testing

/// Plane Poiseuille flow (analytic_solutions.md §1: u_max = 1.5·U, dp/dx = −12·μ·U/H²) on
/// meshes that are not block meshes: triangles in 2-D and tetrahedra in 3-D, the whole of the
/// unstructured numerics (least-squares gradients, non-orthogonal diffusion, face-integrated
/// pressure force, Rhie-Chow with skewness correction) against an exact solution.
///
/// Measured on the triangles (u_max/U, dp/dx over exact) at 30×8 / 60×16 / 120×32 / 240×64
/// quadrilaterals split in two: 1.5606 / 1.5147 / 1.5036 / 1.5009 and 0.966 / 0.991 / 0.998 /
/// 0.9994. With the cell least-squares ∇p in the momentum equations instead of the face
/// pressures' force dp/dx stalls at 0.946 / 0.971 / 0.978 / 0.980; without the skewness
/// correction of the Rhie-Chow face velocity at 1.021 / 1.035 / 1.039 / 1.040. On the
/// tetrahedra (n × n/5 × n/20 blocks of six, n = 40 / 60 / 80): 1.5088 / 1.5066 / 1.4999 and
/// 0.983 / 0.993 / 0.996.
@Suite struct UnstructuredChannelTests {
    static let height = 0.1
    static let length = 1.0
    static let meanSpeed = 0.05
    static let viscosity = 1e-3

    static func zone(_ x: Vector3) -> String {
        if abs(x.x) < 1e-12 { return "inlet" }
        if abs(x.x - length) < 1e-12 { return "outlet" }
        if abs(x.y) < 1e-12 || abs(x.y - height) < 1e-12 { return "wall" }
        return "side"
    }

    static func solve(_ mesh: Mesh) throws -> SteadyFlowSolver {
        var setup = CaseSetup()
        setup.fluid = FluidProperties(density: 1, viscosity: viscosity)
        setup.boundaryConditions = [
            "inlet": .velocityInlet(.init(meanSpeed: meanSpeed)),
            "outlet": .pressureOutlet(.init()), "wall": .wall(.init()),
        ]
        if mesh.dimension == 3 { setup.boundaryConditions["side"] = .symmetry }
        setup.coupling = .simplec
        setup.underRelaxation = UnderRelaxation(pressure: 1, momentum: 0.9)
        var solver = try SteadyFlowSolver(mesh: mesh, setup: setup)
        var converged = false
        for _ in 0..<3000 where !converged {
            converged = solver.iterate().residuals.allSatisfy { $0.scaled < 1e-8 }
        }
        #expect(converged)
        return solver
    }

    /// u_max/U at x = 0.8 and dp/dx between x = 0.5 and 0.9 on the mid-plane (y = H/2).
    static func developed(_ solver: SteadyFlowSolver, z: Double = 0) throws
        -> (peak: Double, gradient: Double)
    {
        let at = { (x: Double) in Vector3(x, height / 2, z) }
        let peak = try solver.sample("x-velocity", at: [at(0.8)])[0] / meanSpeed
        let p = try solver.sample("pressure", at: [at(0.5), at(0.9)])
        let exact = -12 * viscosity * meanSpeed / (height * height)
        return (peak, (p[1] - p[0]) / 0.4 / exact)
    }

    /// Errors |u_max/(1.5·U) − 1| and |dp/dx/exact − 1| on the triangulated channel of
    /// nx × (nx·8/30) quadrilaterals.
    static func trianglesError(nx: Int) throws -> (peak: Double, gradient: Double) {
        let builder = CellMeshBuilder.triangulatedRectangle(
            nx: nx, ny: nx * 8 / 30, lx: Self.length, ly: Self.height)
        let mesh = try Mesh(description: builder.description(dimension: 2, zone: Self.zone))
        #expect(!mesh.nonOrthogonalFaces.isEmpty && !mesh.skewedFaces.isEmpty)
        let (peak, gradient) = try Self.developed(try Self.solve(mesh))
        print("channel on \(mesh.nCells) triangles: u_max/U = \(peak), dp/dx / exact = \(gradient)")
        return (abs(peak / 1.5 - 1), abs(gradient - 1))
    }

    /// Within 0.5 % on 7,680 triangles, and converging: both errors at least halve from 1,920
    /// triangles. (Before the face-integrated pressure force and the skewness correction
    /// dp/dx was 2.2 % and 3.9 % off here, and did not converge.)
    @Test(.enabled(if: isOptimisedBuild))
    func channelOnTrianglesMatchesPlanePoiseuille() throws {
        let coarse = try Self.trianglesError(nx: 60)
        let fine = try Self.trianglesError(nx: 120)
        #expect(fine.peak < 0.005 && fine.gradient < 0.005)
        #expect(fine.peak < 0.5 * coarse.peak && fine.gradient < 0.5 * coarse.gradient)
    }

    /// Within 1 % on 12,960 tetrahedra. The cell least-squares ∇p passes here too (dp/dx
    /// 0.9995), so this guards the 3-D path rather than the fix; on a single layer of 480
    /// tetrahedra (20 × 4 × 1 blocks) the face-integrated pressure force diverges where the cell
    /// gradient converges (dp/dx 0.89), a known limit of the scheme on very coarse tetrahedra.
    @Test(.enabled(if: isOptimisedBuild))
    func channelOnTetrahedraBetweenSymmetryPlanesMatchesPlanePoiseuille() throws {
        let size = Vector3(Self.length, Self.height, 0.0375)
        let mesh = try Mesh(
            description: CellMeshBuilder.tetrahedralBox(nx: 60, ny: 12, nz: 3, size: size)
                .description(zone: Self.zone))
        let solver = try Self.solve(mesh)
        let (peak, gradient) = try Self.developed(solver, z: size.z / 2)
        print(
            "channel on \(mesh.nCells) tetrahedra: u_max/U = \(peak), dp/dx / exact = \(gradient)")
        #expect(abs(peak / 1.5 - 1) < 0.01)
        #expect(abs(gradient - 1) < 0.01)
    }
}
