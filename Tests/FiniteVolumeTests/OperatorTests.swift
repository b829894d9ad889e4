import FiniteVolume
import Testing

/// −∇·∇φ = 0 on a 3×1 row of unit cells, φ = 0 on `left` and 3 on `right`, zero gradient on
/// `bottom` and `top`. By hand: internal coefficients |Sf|·δ = 1, boundary 1·(1/0.5) = 2, so
/// A = [[3, −1, 0], [−1, 2, −1], [0, −1, 3]], b = [0, 0, 6], exact solution φ = x_C.
private func rowOfThree() throws -> (Mesh, FVMatrix) {
    let mesh = try Mesh.rectangle(nx: 3, ny: 1, lx: 3, ly: 1)
    var field = ScalarField(name: "phi", uniform: 0, on: mesh)
    for face in try #require(mesh.patch(named: "left")).faces {
        field.boundary.setFixedValue(0, face: face, on: mesh)
    }
    for face in try #require(mesh.patch(named: "right")).faces {
        field.boundary.setFixedValue(3, face: face, on: mesh)
    }
    let matrix =
        FVMatrix(on: mesh) - FVM.laplacian(Array(repeating: 1, count: mesh.nFaces), field, on: mesh)
    return (mesh, matrix)
}

@Suite struct OperatorTests {
    @Test func laplacianOfARowOfThreeCellsMatchesTheHandAssembledMatrix() throws {
        let (mesh, matrix) = try rowOfThree()
        #expect(matrix.dense(on: mesh) == [3, -1, 0, -1, 2, -1, 0, -1, 3])
        #expect(matrix.source == [0, 0, 6])
    }

    @Test func fluentResidualOfAUniformGuessMatchesHandComputation() throws {
        // φ = 1: A·φ = [2, 0, 2], b − A·φ = [−2, 0, 4]; R = 6, Σ|aP·φP| = 3 + 2 + 3 = 8.
        let (mesh, matrix) = try rowOfThree()
        let sums = matrix.fluentResidual([1, 1, 1], on: mesh)
        #expect(abs(sums.unscaled - 6) < 1e-14)
        #expect(abs(sums.scale - 8) < 1e-14)
    }

    @Test func scaledResidualOfTheExactSolutionIsZero() throws {
        let (mesh, matrix) = try rowOfThree()
        let sums = matrix.fluentResidual([0.5, 1.5, 2.5], on: mesh)
        #expect(sums.unscaled / sums.scale < 1e-15)
    }

    @Test func relaxationLeavesTheEquationUnchangedAtThePreviousField() throws {
        let (mesh, matrix) = try rowOfThree()
        var relaxed = matrix
        let previous = [0.2, 1.1, 2.9]
        relaxed.relax(0.7, previous: previous)
        #expect(abs(relaxed.diag[1] - 2 / 0.7) < 1e-14)
        let original = matrix.fluentResidual(previous, on: mesh).unscaled
        #expect(abs(relaxed.fluentResidual(previous, on: mesh).unscaled - original) < 1e-13)
    }

    @Test func greenGaussGradientOfALinearFieldIsExactOnAUniformMesh() throws {
        let mesh = try Mesh.rectangle(nx: 5, ny: 4, lx: 2, ly: 1)
        var field = ScalarField(name: "phi", uniform: 0, on: mesh)
        let linear = { (x: Vector3) in 3 * x.x - 2 * x.y + 1 }
        field.values = mesh.cellCentres.map(linear)
        for f in mesh.nInternalFaces..<mesh.nFaces {
            field.boundary.setFixedValue(linear(mesh.faceCentres[f]), face: f, on: mesh)
        }
        for g in FVC.grad(field, on: mesh) {
            #expect((g - Vector3(3, -2)).magnitude < 1e-12)
        }
    }

    @Test func upwindConvectionOfAUniformFieldBalancesWithTheBoundedTerm() throws {
        // Σ_f F_f·φ − (Σ_f F_f)·φ = 0 for uniform φ whatever the flux.
        let mesh = try Mesh.rectangle(nx: 4, ny: 3, lx: 1, ly: 1)
        let field = ScalarField(name: "phi", uniform: 2, on: mesh)
        let flux = (0..<mesh.nFaces).map { Double(($0 * 7) % 5) - 2 }
        var outflow = [Double](repeating: 0, count: mesh.nCells)
        for f in 0..<mesh.nFaces {
            outflow[mesh.owner[f]] += flux[f]
            if f < mesh.nInternalFaces { outflow[mesh.neighbour[f]] -= flux[f] }
        }
        for scheme in ConvectionScheme.allCases {
            let gradient = FVC.grad(field, on: mesh)
            let term =
                FVM.div(flux, field, scheme: scheme, gradient: gradient, on: mesh)
                - FVM.implicitSource(outflow, on: mesh)
            #expect(term.fluentResidual(field.values, on: mesh).unscaled < 1e-13)
        }
    }
}
