import FiniteVolume
import Foundation
import LinearSolvers
import Testing

/// The pressure preconditioner's defining properties: convergence that does not depend on the
/// mesh size, and agglomerates that depend on the cell numbering and geometry only.
@Suite struct MultigridScalingTests {
    /// −∇·∇φ = 1 on the unit square, φ = 0 on `left`, zero gradient elsewhere.
    static func poisson(on mesh: Mesh) throws -> FVMatrix {
        var field = ScalarField(name: "phi", uniform: 0, on: mesh)
        for face in try #require(mesh.patch(named: "left")).faces {
            field.boundary.setFixedValue(0, face: face, on: mesh)
        }
        var matrix =
            FVMatrix(on: mesh)
            - FVM.laplacian(Array(repeating: 1, count: mesh.nFaces), field, on: mesh)
        matrix.addSource(mesh.cellVolumes)
        return matrix
    }

    static func iterations(
        on mesh: Mesh, preconditioner: PreconditionedConjugateGradient.Preconditioner
    ) throws -> Int {
        let matrix = try poisson(on: mesh)
        var phi = [Double](repeating: 0, count: mesh.nCells)
        let performance = PreconditionedConjugateGradient(
            controls: LinearSolverControls(tolerance: 1e-8, maxSweeps: 500),
            preconditioner: preconditioner
        ).solve(matrix, &phi, on: mesh)
        #expect(performance.finalResidual <= 1e-8 * performance.initialResidual)
        return performance.iterations
    }

    @Test func kCycleIterationsDoNotGrowWithTheMeshWhileVCycleIterationsDo() throws {
        var kCycle = [Int]()
        var vCycle = [Int]()
        for n in [32, 64, 128, 256] {
            let mesh = try Mesh.rectangle(nx: n, ny: n, lx: 1, ly: 1)
            let pairs = AgglomerationHierarchy(mesh: mesh)
            kCycle.append(
                try Self.iterations(
                    on: mesh, preconditioner: .multigrid(pairs.merged(pairingPasses: 2))))
            vCycle.append(
                try Self.iterations(on: mesh, preconditioner: .multigrid(pairs, cycle: .v)))
        }
        // Measured: K-cycle 12, 12, 12, 12 and V-cycle 15, 23, 34, 47 iterations at 32², 64²,
        // 128², 256² (the V-cycle on pairwise levels was the pressure preconditioner before).
        let fewest = try #require(kCycle.min())
        let most = try #require(kCycle.max())
        #expect(Double(most) <= 1.2 * Double(fewest), "K-cycle: \(kCycle)")
        #expect(vCycle[3] > vCycle[0], "V-cycle: \(vCycle)")
    }

    @Test func twoPairingPassesMakeAgglomeratesOfAboutFourCells() throws {
        let mesh = try Mesh.rectangle(nx: 64, ny: 64, lx: 1, ly: 1)
        let pairs = AgglomerationHierarchy(mesh: mesh)
        let fours = AgglomerationHierarchy(mesh: mesh, pairingPasses: 2)
        #expect(fours.agglomerates == pairs.merged(pairingPasses: 2).agglomerates)
        let first = try #require(fours.agglomerates.first)
        let coarse = (first.max() ?? 0) + 1
        #expect(Double(mesh.nCells) / Double(coarse) > 3.5, "\(coarse) agglomerates")
        #expect(fours.coarsestCells <= 64)
        #expect(fours.depth == pairs.depth / 2 + 1)
    }

    /// The same box with every coordinate rounded to 11 significant digits, as Fluent mesh
    /// files written by foamMeshToFluent store them: identical agglomerates at every level,
    /// although the face weights of the uniform mesh tie everywhere and differ by round-off.
    @Test func roundingTheCoordinatesLeavesTheAgglomeratesUnchanged() throws {
        let box = try Mesh.box(nx: 12, ny: 10, nz: 8, lx: 1, ly: 0.7, lz: 0.3)
        func round11(_ x: Double) -> Double { Double(String(format: "%.10e", x)) ?? x }
        var exact = box.meshDescription
        exact.points = exact.points.map { Vector3($0.x * 1.1 + 0.3, $0.y * 1.1, $0.z * 1.1) }
        var description = exact
        description.points = exact.points.map {
            Vector3(round11($0.x), round11($0.y), round11($0.z))
        }
        let scaled = try Mesh(description: exact)
        let rounded = try Mesh(description: description)
        #expect(rounded.faceAreaMagnitudes != scaled.faceAreaMagnitudes)
        for passes in [1, 2] {
            #expect(
                AgglomerationHierarchy(mesh: rounded, pairingPasses: passes).agglomerates
                    == AgglomerationHierarchy(mesh: scaled, pairingPasses: passes).agglomerates)
        }
    }
}
