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

    /// The same box with every coordinate moved by up to 1e-11 relative, the round-off of the
    /// 11 significant digits Fluent mesh files written by foamMeshToFluent keep: identical
    /// agglomerates at every level, although the face weights of the uniform mesh tie everywhere
    /// and now differ by round-off (breaking those ties by weight alone made the Gmsh and
    /// Fluent readings of one mesh agglomerate differently).
    @Test func roundOffInTheCoordinatesLeavesTheAgglomeratesUnchanged() throws {
        let box = try Mesh.box(nx: 10, ny: 10, nz: 10, lx: 1, ly: 1, lz: 1)
        var state: UInt64 = 12345
        func jitter(_ x: Double) -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let unit = Double(state >> 11) / Double(1 << 53)
            return x * (1 + 1e-11 * (2 * unit - 1))
        }
        var description = box.meshDescription
        description.points = description.points.map {
            Vector3(jitter($0.x), jitter($0.y), jitter($0.z))
        }
        let jittered = try Mesh(description: description)
        #expect(jittered.faceAreaMagnitudes != box.faceAreaMagnitudes)
        for passes in [1, 2] {
            #expect(
                AgglomerationHierarchy(mesh: jittered, pairingPasses: passes).agglomerates
                    == AgglomerationHierarchy(mesh: box, pairingPasses: passes).agglomerates)
        }
    }
}
