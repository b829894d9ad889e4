import FiniteVolume
import Foundation
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

    /// The rectangle [0, 1] × [0, 0.8] in 6 × 5 quadrilaterals cut into triangles along
    /// alternating diagonals: boundary cells whose centres are not opposite their boundary
    /// faces' centres.
    static func triangles() throws -> Mesh {
        try Mesh(
            description: CellMeshBuilder.triangulatedRectangle(nx: 6, ny: 5, lx: 1, ly: 0.8)
                .description(dimension: 2))
    }

    /// φ = `linear` in the cells; on the boundary its exact value on the faces with x = 0 and
    /// its exact outward normal gradient ∇φ·n̂ on all others (where φ_b = φ_P + g·(n̂·d)).
    static func linearFieldWithGradientBoundaries(on mesh: Mesh) -> ScalarField {
        var field = linearField(on: mesh)
        let exact = mesh.dimension == 3 ? Vector3(3, -2, 0.5) : Vector3(3, -2, 0)
        for f in mesh.nInternalFaces..<mesh.nFaces where mesh.faceCentres[f].x > 1e-12 {
            let normal = (1 / mesh.faceAreaMagnitudes[f]) * mesh.faceAreas[f]
            field.boundary.setFixedGradient(exact.dot(normal), face: f, on: mesh)
        }
        return field
    }

    /// Where the boundary fixes the normal gradient, the boundary face constrains only the
    /// normal derivative, so the least-squares gradient stays exact for linear φ; the same face
    /// values given as fixed values (a constraint along the whole of x_f − x_P) are not.
    @Test(arguments: [0, 1, 2])
    func leastSquaresGradientIsExactWhereTheBoundaryFixesTheNormalGradient(_ kind: Int) throws {
        let mesh = try [Self.tetrahedra, Self.triangles, Self.skewedQuadrilaterals][kind]()
        let field = Self.linearFieldWithGradientBoundaries(on: mesh)
        let vectors = LeastSquaresVectors(mesh: mesh)
        let exact = mesh.dimension == 3 ? Vector3(3, -2, 0.5) : Vector3(3, -2, 0)
        let gradient = FVC.leastSquaresGrad(field, vectors: vectors, on: mesh)
        #expect(gradient.allSatisfy { ($0 - exact).magnitude < 1e-11 })
        for c in 0..<mesh.nCells {
            let one = FVC.leastSquaresGrad(field, cell: c, vectors: vectors, on: mesh)
            #expect((one - gradient[c]).magnitude < 1e-12)
        }
        var asValues = field
        for f in mesh.nInternalFaces..<mesh.nFaces {
            asValues.boundary.setFixedValue(
                field.boundaryValue(face: f, on: mesh), face: f, on: mesh)
        }
        let uncorrected = FVC.leastSquaresGrad(asValues, vectors: vectors, on: mesh)
        #expect(uncorrected.contains { ($0 - exact).magnitude > 0.05 })
    }

    /// Green-Gauss with face values moved to the face centres by a least-squares gradient:
    /// exact for linear φ on skewed meshes with plane faces, with fixed values or fixed normal
    /// gradients. (Not on the perturbed hexahedra: a warped face's value at its centre times
    /// its area vector is not the integral over its triangles, 6 % off there.)
    @Test(arguments: [0, 1, 2])
    func correctedGreenGaussGradientOfALinearFieldIsExactOnSkewedMeshes(_ kind: Int) throws {
        let mesh = try [Self.tetrahedra, Self.skewedQuadrilaterals, Self.triangles][kind]()
        let exact = mesh.dimension == 3 ? Vector3(3, -2, 0.5) : Vector3(3, -2, 0)
        let vectors = LeastSquaresVectors(mesh: mesh)
        for field in [Self.linearField(on: mesh), Self.linearFieldWithGradientBoundaries(on: mesh)]
        {
            let leastSquares = FVC.leastSquaresGrad(field, vectors: vectors, on: mesh)
            let gradient = FVC.grad(field, correctedBy: leastSquares, on: mesh)
            #expect(gradient.allSatisfy { ($0 - exact).magnitude < 1e-12 })
            #expect(FVC.grad(field, on: mesh).contains { ($0 - exact).magnitude > 1e-3 })
        }
    }

    /// Σ_P ∇φ_P·V_P = Σ_b φ_b·Sf_b for the corrected Green-Gauss gradient of any field (here a
    /// quadratic one with fixed boundary values), which the least-squares gradient misses: why
    /// the momentum equations integrate face pressures.
    @Test(arguments: [0, 1])
    func correctedGreenGaussGradientIsConservative(_ kind: Int) throws {
        let mesh = try [Self.perturbedHexahedra, Self.skewedQuadrilaterals][kind]()
        let quadratic = { (x: Vector3) in x.x * x.x - 3 * x.y * x.z + 2 * x.y * x.y }
        var field = ScalarField(name: "phi", uniform: 0, on: mesh)
        field.values = mesh.cellCentres.map(quadratic)
        var boundaryForce = Vector3.zero
        for f in mesh.nInternalFaces..<mesh.nFaces {
            field.boundary.setFixedValue(quadratic(mesh.faceCentres[f]), face: f, on: mesh)
            boundaryForce = boundaryForce + quadratic(mesh.faceCentres[f]) * mesh.faceAreas[f]
        }
        let leastSquares = FVC.leastSquaresGrad(
            field, vectors: LeastSquaresVectors(mesh: mesh), on: mesh)
        let total = { (gradient: [Vector3]) in
            zip(gradient, mesh.cellVolumes).reduce(Vector3.zero) { $0 + $1.1 * $1.0 }
        }
        let corrected = FVC.grad(field, correctedBy: leastSquares, on: mesh)
        #expect((total(corrected) - boundaryForce).magnitude < 1e-14)
        #expect((total(leastSquares) - boundaryForce).magnitude > 1e-4)
    }

    @Test func correctedGreenGaussGradientIsGreenGaussOnBlockMeshes() throws {
        for mesh in [
            try Mesh.rectangle(nx: 5, ny: 4, lx: 1, ly: 2, gradingX: 3),
            try Mesh.box(nx: 3, ny: 4, nz: 3, lx: 1, ly: 1, lz: 2, gradingZ: 0.2),
        ] {
            var field = ScalarField(name: "phi", uniform: 0, on: mesh)
            field.values = mesh.cellCentres.map { $0.x * $0.x + $0.y * $0.z + sin(3 * $0.y) }
            let leastSquares = FVC.leastSquaresGrad(
                field, vectors: LeastSquaresVectors(mesh: mesh), on: mesh)
            #expect(
                FVC.grad(field, correctedBy: leastSquares, on: mesh) == FVC.grad(field, on: mesh))
        }
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

    @Test func correctionsVanishOnBlockMeshes() throws {
        for mesh in [
            try Mesh.rectangle(nx: 4, ny: 3, lx: 1, ly: 2, gradingX: 3),
            try Mesh.box(nx: 3, ny: 3, nz: 3, lx: 1, ly: 1, lz: 2, gradingZ: 0.2),
        ] {
            #expect(mesh.nonOrthogonalFaces.isEmpty && mesh.skewedFaces.isEmpty)
        }
        // Tetrahedra are both.
        let tetrahedra = try Self.tetrahedra()
        #expect(!tetrahedra.nonOrthogonalFaces.isEmpty && !tetrahedra.skewedFaces.isEmpty)
        for (i, f) in tetrahedra.skewedFaces.enumerated() {
            let w = tetrahedra.weights[f]
            let between =
                w * tetrahedra.cellCentres[tetrahedra.owner[f]] + (1 - w)
                * tetrahedra.cellCentres[tetrahedra.neighbour[f]]
            #expect(
                (tetrahedra.faceCentres[f] - between - tetrahedra.skewnessVectors[i]).magnitude
                    < 1e-15)
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
