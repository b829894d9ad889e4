import FiniteVolume
import MeshTestSupport
import Testing

/// Gradients and the non-orthogonal Laplacian on meshes where the face centres are off the
/// lines between cell centres: tetrahedra, perturbed hexahedra and skewed quadrilaterals.
@Suite struct UnstructuredOperatorTests {
    static let size = Vector3(1, 0.8, 0.6)

    static func tetrahedra() throws -> Mesh {
        try Mesh(description: CellMeshBuilder.tetrahedralBox(n: 3, size: size).description())
    }

    static func perturbedHexahedra() throws -> Mesh {
        let box = try Mesh.box(nx: 4, ny: 4, nz: 4, lx: size.x, ly: size.y, lz: size.z)
        return try Mesh(
            description: box.meshDescription.perturbed(fraction: 0.2, spacing: 0.15, size: size))
    }

    /// The unit square's grid bent by x += 0.5·y², y += 0.3·x²: skewed, non-orthogonal
    /// quadrilaterals whose skewness varies from cell to cell.
    static func skewedQuadrilaterals() throws -> Mesh {
        var description = try Mesh.rectangle(nx: 6, ny: 5, lx: 1, ly: 1).meshDescription
        for p in description.points.indices {
            let x = description.points[p]
            description.points[p] = Vector3(x.x + 0.5 * x.y * x.y, x.y + 0.3 * x.x * x.x, 0)
        }
        return try Mesh(description: description)
    }

    static func linear(_ x: Vector3) -> Double { 3 * x.x - 2 * x.y + 0.5 * x.z + 1 }

    /// φ = `linear` in the cells, its exact value on every boundary face.
    static func linearField(on mesh: Mesh) -> ScalarField {
        var field = ScalarField(name: "phi", uniform: 0, on: mesh)
        field.values = mesh.cellCentres.map(linear)
        for f in mesh.nInternalFaces..<mesh.nFaces {
            field.boundary.setFixedValue(linear(mesh.faceCentres[f]), face: f, on: mesh)
        }
        return field
    }

    @Test(arguments: [0, 1, 2])
    func leastSquaresGradientOfALinearFieldIsExactOnDistortedMeshes(_ kind: Int) throws {
        let mesh =
            try [Self.tetrahedra, Self.perturbedHexahedra, Self.skewedQuadrilaterals][kind]()
        #expect(!mesh.nonOrthogonalFaces.isEmpty)
        let field = Self.linearField(on: mesh)
        let vectors = LeastSquaresVectors(mesh: mesh)
        let exact = mesh.dimension == 3 ? Vector3(3, -2, 0.5) : Vector3(3, -2, 0)
        let gradient = FVC.leastSquaresGrad(field, vectors: vectors, on: mesh)
        #expect(gradient.allSatisfy { ($0 - exact).magnitude < 1e-11 })
        for c in [0, mesh.nCells / 2, mesh.nCells - 1] {
            let one = FVC.leastSquaresGrad(field, cell: c, vectors: vectors, on: mesh)
            #expect((one - gradient[c]).magnitude < 1e-13)
        }
        // Green-Gauss with linear interpolation is not exact here: the comparison that makes
        // least squares the default.
        let greenGauss = FVC.grad(field, on: mesh)
        #expect(greenGauss.contains { ($0 - exact).magnitude > 1e-3 })
    }

    @Test func leastSquaresEqualsGreenGaussOnAUniformOrthogonalMesh() throws {
        let mesh = try Mesh.box(nx: 3, ny: 4, nz: 2, lx: 1, ly: 1, lz: 1)
        var field = ScalarField(name: "phi", uniform: 0, on: mesh)
        field.values = mesh.cellCentres.map { $0.x * $0.x + $0.y * $0.z }
        let a = FVC.leastSquaresGrad(field, vectors: LeastSquaresVectors(mesh: mesh), on: mesh)
        let b = FVC.grad(field, on: mesh)
        #expect(zip(a, b).allSatisfy { ($0 - $1).magnitude < 1e-13 })
    }

    /// Solves ∇²φ = 0 with φ fixed to `linear` on the boundary by deferred correction: the
    /// implicit orthogonal part, the non-orthogonal part from the last iterate's gradient. The
    /// discrete solution is the linear field itself only if the correction is right.
    @Test(arguments: [0, 1, 2])
    func nonOrthogonalLaplacianRecoversALinearFieldOnSkewedMeshes(_ kind: Int) throws {
        let mesh =
            try [Self.tetrahedra, Self.perturbedHexahedra, Self.skewedQuadrilaterals][kind]()
        var field = Self.linearField(on: mesh)
        let exact = field.values
        field.values = Array(repeating: 0, count: mesh.nCells)
        let gamma = [Double](repeating: 1, count: mesh.nFaces)
        let vectors = LeastSquaresVectors(mesh: mesh)
        var solution = field.values
        for _ in 0..<60 {
            let gradient = FVC.leastSquaresGrad(field, vectors: vectors, on: mesh)
            let matrix = FVM.laplacian(gamma, field, gradient: gradient, on: mesh)
            solution = try denseSolve(matrix, on: mesh)
            field.values = solution
        }
        let error = zip(solution, exact).map { abs($0 - $1) }.max() ?? 1
        #expect(error < 1e-9)
        // Without the correction the same equation misses the linear field.
        let orthogonalOnly = try denseSolve(
            FVM.laplacian(gamma, field, on: mesh), on: mesh)
        #expect((zip(orthogonalOnly, exact).map { abs($0 - $1) }.max() ?? 0) > 1e-4)
    }

    @Test func correctionVanishesOnOrthogonalMeshes() throws {
        for mesh in [
            try Mesh.rectangle(nx: 4, ny: 3, lx: 1, ly: 2, gradingX: 3),
            try Mesh.box(nx: 3, ny: 3, nz: 3, lx: 1, ly: 1, lz: 2, gradingZ: 0.2),
        ] {
            #expect(mesh.nonOrthogonalFaces.isEmpty)
        }
    }

    /// Gaussian elimination on the dense matrix (A·φ − b = 0): a reference solve for tiny
    /// meshes, independent of the linear solvers.
    func denseSolve(_ matrix: FVMatrix, on mesh: Mesh) throws -> [Double] {
        let n = mesh.nCells
        var a = matrix.dense(on: mesh)
        var b = matrix.source
        for k in 0..<n {
            let pivot = try #require((k..<n).max { abs(a[$0 * n + k]) < abs(a[$1 * n + k]) })
            for j in 0..<n { a.swapAt(k * n + j, pivot * n + j) }
            b.swapAt(k, pivot)
            for i in (k + 1)..<n {
                let factor = a[i * n + k] / a[k * n + k]
                for j in k..<n { a[i * n + j] -= factor * a[k * n + j] }
                b[i] -= factor * b[k]
            }
        }
        var x = [Double](repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            var sum = b[i]
            for j in (i + 1)..<n { sum -= a[i * n + j] * x[j] }
            x[i] = sum / a[i * n + i]
        }
        return x
    }
}
