import FiniteVolume

/// Gaussian elimination with partial pivoting on the dense form of an `FVMatrix`: the
/// reference the iterative solvers are tested against on tiny meshes (O(n³), n ≲ 500).
public enum DenseDirectSolver {
    /// Errors of a direct solve.
    public enum SolveError: Error, Equatable {
        /// No pivot larger than 1e-12·max|A_ij|: A is singular to working precision.
        case singular
    }

    /// φ with A·φ = b.
    public static func solve(_ matrix: FVMatrix, on mesh: Mesh) throws -> [Double] {
        guard let lu = DenseLU(matrix.dense(on: mesh), n: mesh.nCells) else {
            throw SolveError.singular
        }
        return lu.solve(matrix.source)
    }
}
