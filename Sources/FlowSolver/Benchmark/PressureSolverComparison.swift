import FiniteVolume
import Foundation
import LinearSolvers

/// The pressure-correction solvers side by side on one matrix: PCG with DIC, with the pairwise
/// V-cycle (Courant's pressure preconditioner before issue 16) and with the double-pairwise
/// K-cycle (now), each from φ = 0 to a relative reduction of Σ|b − A·φ|.
public enum PressureSolverComparison {
    /// One solver's figures on one matrix.
    public struct Row: Sendable {
        /// Solver and preconditioner.
        public var solver: String
        /// Seconds to build what is built once per mesh (the agglomeration), 0 for DIC.
        public var setupSeconds: Double
        /// Seconds of the solve, the per-matrix coefficient refresh included.
        public var solveSeconds: Double
        /// Iterations to the tolerance (or the limit).
        public var iterations: Int
        /// Final over initial Σ|b − A·φ|.
        public var reduction: Double
        /// Coarse levels below the mesh (0 for DIC).
        public var levels: Int
    }

    /// Solves `matrix` on `mesh` with each solver to `tolerance`, at most `maxIterations`.
    public static func run(
        _ matrix: FVMatrix, on mesh: Mesh, tolerance: Double, maxIterations: Int = 1000
    ) -> [Row] {
        let controls = LinearSolverControls(tolerance: tolerance, maxSweeps: maxIterations)
        var rows = [Row]()
        let dic = timed {
            solve(PreconditionedConjugateGradient(controls: controls), matrix, on: mesh)
        }
        rows.append(
            Row(
                solver: "PCG-DIC", setupSeconds: 0, solveSeconds: dic.seconds,
                iterations: dic.value.iterations, reduction: dic.value.reduction, levels: 0))
        let pairwise = timed { AgglomerationHierarchy(mesh: mesh) }
        let doublePairwise = timed { pairwise.value.merged(pairingPasses: 2) }
        for (name, hierarchy, setup, cycle) in [
            ("PCG-AMG V, pairs (before)", pairwise.value, pairwise.seconds, MultigridCycleKind.v),
            (
                "PCG-AMG K, pairs of pairs", doublePairwise.value,
                pairwise.seconds + doublePairwise.seconds, .k
            ),
        ] {
            let solver = PreconditionedConjugateGradient(
                controls: controls, preconditioner: .multigrid(hierarchy, cycle: cycle))
            let result = timed { solve(solver, matrix, on: mesh) }
            rows.append(
                Row(
                    solver: name, setupSeconds: setup, solveSeconds: result.seconds,
                    iterations: result.value.iterations, reduction: result.value.reduction,
                    levels: hierarchy.depth - 1))
        }
        return rows
    }

    static func solve(_ solver: PreconditionedConjugateGradient, _ matrix: FVMatrix, on mesh: Mesh)
        -> (iterations: Int, reduction: Double)
    {
        var phi = [Double](repeating: 0, count: mesh.nCells)
        let performance = solver.solve(matrix, &phi, on: mesh)
        return (
            performance.iterations,
            performance.initialResidual > 0
                ? performance.finalResidual / performance.initialResidual : 0
        )
    }

    static func timed<T>(_ body: () -> T) -> (value: T, seconds: Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9)
    }
}
