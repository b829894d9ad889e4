import FiniteVolume
import LinearSolvers
import MeshTestSupport
import Testing

/// The graph-based agglomeration and the solvers on unstructured 3-D meshes: a Poisson problem
/// on tetrahedra and on randomly perturbed hexahedra, against the dense direct solve.
@Suite struct UnstructuredSolverTests {
    static let size = Vector3(1, 1, 1)

    /// −∇·∇φ = 1 with φ = 0 on x = 0, zero gradient elsewhere (symmetric), or with upwind
    /// convection by a uniform velocity (1, 0.5, 0.25) added (non-symmetric, an M-matrix).
    static func poisson(on mesh: Mesh, convection: Double = 0) -> FVMatrix {
        var field = ScalarField(name: "phi", uniform: 0, on: mesh)
        for f in mesh.nInternalFaces..<mesh.nFaces where mesh.faceCentres[f].x < 1e-12 {
            field.boundary.setFixedValue(0, face: f, on: mesh)
        }
        let gamma = [Double](repeating: 1, count: mesh.nFaces)
        let velocity = Vector3(1, 0.5, 0.25)
        let flux = mesh.faceAreas.map { convection * velocity.dot($0) }
        var matrix =
            FVM.div(flux, field, scheme: .firstOrderUpwind, on: mesh)
            - FVM.laplacian(gamma, field, on: mesh)
        matrix.addSource(mesh.cellVolumes)
        return matrix
    }

    static func meshes() throws -> [Mesh] {
        let tetrahedra = try Mesh(
            description: CellMeshBuilder.tetrahedralBox(n: 4, size: size).description())
        let box = try Mesh.box(nx: 7, ny: 7, nz: 7, lx: 1, ly: 1, lz: 1)
        let perturbed = try Mesh(
            description: box.meshDescription.perturbed(
                fraction: 0.25, spacing: 1.0 / 7, size: size))
        return [tetrahedra, perturbed]
    }

    func maxDifference(_ a: [Double], _ b: [Double]) -> Double {
        zip(a, b).map { abs($0 - $1) }.max() ?? 0
    }

    @Test func pcgWithMultigridAndDICConvergeOnTetrahedraAndPerturbedHexahedra() throws {
        for mesh in try Self.meshes() {
            let matrix = Self.poisson(on: mesh)
            #expect(matrix.isSymmetric)
            let exact = try DenseDirectSolver.solve(matrix, on: mesh)
            let hierarchy = AgglomerationHierarchy(mesh: mesh, coarsestCells: 16)
            #expect(hierarchy.depth >= 3)
            let controls = LinearSolverControls(tolerance: 1e-10, maxSweeps: 200)
            var iterations = [Int]()
            for preconditioner in [
                PreconditionedConjugateGradient.Preconditioner.diagonalIncompleteCholesky,
                .multigrid(hierarchy),
            ] {
                var phi = [Double](repeating: 0, count: mesh.nCells)
                let performance = PreconditionedConjugateGradient(
                    controls: controls, preconditioner: preconditioner
                ).solve(matrix, &phi, on: mesh)
                #expect(performance.finalResidual <= 1e-10 * performance.initialResidual)
                #expect(maxDifference(phi, exact) < 1e-8 * (exact.map(abs).max() ?? 1))
                iterations.append(performance.iterations)
            }
            // The multigrid preconditioner needs fewer iterations than DIC.
            #expect(iterations[1] < iterations[0], "\(mesh.nCells) cells: \(iterations)")
        }
    }

    @Test func multigridAndGaussSeidelSolveTheNonSymmetricEquation() throws {
        for mesh in try Self.meshes() {
            let matrix = Self.poisson(on: mesh, convection: 5)
            let exact = try DenseDirectSolver.solve(matrix, on: mesh)
            let controls = LinearSolverControls(tolerance: 1e-10, maxSweeps: 3000)
            var phi = [Double](repeating: 0, count: mesh.nCells)
            let multigrid = MultigridSolver(
                controls: controls, hierarchy: AgglomerationHierarchy(mesh: mesh, coarsestCells: 16)
            ).solve(matrix, &phi, on: mesh)
            #expect(multigrid.finalResidual <= 1e-10 * multigrid.initialResidual)
            #expect(maxDifference(phi, exact) < 1e-8 * (exact.map(abs).max() ?? 1))
            var sweeps = [Double](repeating: 0, count: mesh.nCells)
            let gaussSeidel = GaussSeidel(controls: controls).solve(matrix, &sweeps, on: mesh)
            #expect(gaussSeidel.finalResidual <= 1e-10 * gaussSeidel.initialResidual)
            #expect(multigrid.iterations < gaussSeidel.iterations)
        }
    }
}
