import FiniteVolume
import LinearSolvers
import Testing

/// −∇·∇φ = 1 on a graded 6×5 rectangle, φ = 0 on `left` and 1 on `right`, zero gradient
/// elsewhere, plus (for the non-symmetric case) upwind convection by a uniform flux.
private func poissonProblem(convection: Double = 0) throws -> (Mesh, FVMatrix) {
    let mesh = try Mesh.rectangle(nx: 6, ny: 5, lx: 1, ly: 0.7, gradingX: 2, gradingY: 0.5)
    var field = ScalarField(name: "phi", uniform: 0, on: mesh)
    for face in try #require(mesh.patch(named: "left")).faces {
        field.boundary.setFixedValue(0, face: face, on: mesh)
    }
    for face in try #require(mesh.patch(named: "right")).faces {
        field.boundary.setFixedValue(1, face: face, on: mesh)
    }
    let gamma = [Double](repeating: 1, count: mesh.nFaces)
    let flux = (0..<mesh.nFaces).map { convection * mesh.faceAreas[$0].x }
    var matrix =
        FVM.div(flux, field, scheme: .firstOrderUpwind, on: mesh)
        - FVM.laplacian(gamma, field, on: mesh)
    matrix.addSource(mesh.cellVolumes)
    return (mesh, matrix)
}

private func maxDifference(_ a: [Double], _ b: [Double]) -> Double {
    zip(a, b).map { abs($0 - $1) }.max() ?? 0
}

@Suite struct LinearSolverTests {
    @Test func lduProductAgreesWithTheDenseMatrix() throws {
        let (mesh, matrix) = try poissonProblem(convection: 3)
        let phi = (0..<mesh.nCells).map { Double($0 % 7) - 2.5 }
        let dense = matrix.dense(on: mesh)
        let n = mesh.nCells
        let reference = (0..<n).map { i in (0..<n).reduce(0.0) { $0 + dense[i * n + $1] * phi[$1] }
        }
        #expect(maxDifference(matrix.multiply(phi, on: mesh), reference) < 1e-12)
    }

    @Test func pcgWithDICAgreesWithTheDenseSolveOnASymmetricMatrix() throws {
        let (mesh, matrix) = try poissonProblem()
        #expect(matrix.isSymmetric)
        let exact = try DenseDirectSolver.solve(matrix, on: mesh)
        var phi = [Double](repeating: 0, count: mesh.nCells)
        let solver = PreconditionedConjugateGradient(
            controls: LinearSolverControls(tolerance: 1e-12, maxSweeps: 200))
        let performance = solver.solve(matrix, &phi, on: mesh)
        #expect(maxDifference(phi, exact) < 1e-10)
        #expect(performance.finalResidual <= 1e-12 * performance.initialResidual)
        // CG on 30 unknowns converges in at most 30 iterations in exact arithmetic.
        #expect(performance.iterations <= 30)
    }

    @Test func pcgWithMultigridAgreesWithTheDenseSolveInFewIterations() throws {
        let mesh = try Mesh.rectangle(nx: 40, ny: 30, lx: 1, ly: 0.7, gradingX: 3)
        var field = ScalarField(name: "phi", uniform: 0, on: mesh)
        for face in try #require(mesh.patch(named: "left")).faces {
            field.boundary.setFixedValue(0, face: face, on: mesh)
        }
        var matrix =
            FVMatrix(on: mesh)
            - FVM.laplacian(Array(repeating: 1, count: mesh.nFaces), field, on: mesh)
        matrix.addSource(mesh.cellVolumes)
        let exact = try DenseDirectSolver.solve(matrix, on: mesh)
        let hierarchy = AgglomerationHierarchy(mesh: mesh, coarsestCells: 16)
        #expect(hierarchy.depth >= 6)
        #expect(hierarchy.coarsestCells <= 16)
        let controls = LinearSolverControls(tolerance: 1e-10, maxSweeps: 500)
        var phi = [Double](repeating: 0, count: mesh.nCells)
        let multigrid = PreconditionedConjugateGradient(
            controls: controls, preconditioner: .multigrid(hierarchy)
        ).solve(matrix, &phi, on: mesh)
        #expect(maxDifference(phi, exact) < 1e-8 * (exact.map(abs).max() ?? 1))
        var phiDIC = [Double](repeating: 0, count: mesh.nCells)
        let dic = PreconditionedConjugateGradient(controls: controls).solve(
            matrix, &phiDIC, on: mesh)
        // The multigrid preconditioner must pay: measured 24 against 60 iterations here.
        #expect(multigrid.iterations * 2 < dic.iterations)
    }

    @Test func gaussSeidelAgreesWithTheDenseSolveOnAConvectionDiffusionMatrix() throws {
        let (mesh, matrix) = try poissonProblem(convection: 5)
        #expect(!matrix.isSymmetric)
        let exact = try DenseDirectSolver.solve(matrix, on: mesh)
        var phi = [Double](repeating: 0, count: mesh.nCells)
        let solver = GaussSeidel(controls: LinearSolverControls(tolerance: 1e-13, maxSweeps: 2000))
        let performance = solver.solve(matrix, &phi, on: mesh)
        #expect(maxDifference(phi, exact) < 1e-10)
        #expect(performance.iterations < 2000)
    }

    @Test func multigridVCyclesAgreeWithTheDenseSolveOnAConvectionDiffusionMatrix() throws {
        let (mesh, matrix) = try poissonProblem(convection: 5)
        let exact = try DenseDirectSolver.solve(matrix, on: mesh)
        var phi = [Double](repeating: 0, count: mesh.nCells)
        let solver = MultigridSolver(
            controls: LinearSolverControls(tolerance: 1e-12, maxSweeps: 200),
            hierarchy: AgglomerationHierarchy(mesh: mesh, coarsestCells: 4))
        let performance = solver.solve(matrix, &phi, on: mesh)
        #expect(maxDifference(phi, exact) < 1e-10)
        #expect(performance.iterations < 200)
    }

    @Test func gaussSeidelStopsAtMaxSweepsAndReportsTheReduction() throws {
        let (mesh, matrix) = try poissonProblem()
        var phi = [Double](repeating: 0, count: mesh.nCells)
        let solver = GaussSeidel(controls: LinearSolverControls(tolerance: 1e-12, maxSweeps: 3))
        let performance = solver.solve(matrix, &phi, on: mesh)
        #expect(performance.iterations == 3)
        #expect(performance.finalResidual < performance.initialResidual)
        #expect(performance.finalResidual > 1e-12 * performance.initialResidual)
    }

    @Test func denseSolveRejectsASingularMatrix() throws {
        let mesh = try Mesh.rectangle(nx: 2, ny: 2, lx: 1, ly: 1)
        let field = ScalarField(name: "p", uniform: 0, on: mesh)
        let pureNeumann = FVM.laplacian(Array(repeating: 1, count: mesh.nFaces), field, on: mesh)
        #expect(throws: DenseDirectSolver.SolveError.singular) {
            try DenseDirectSolver.solve(pureNeumann, on: mesh)
        }
    }
}
