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
        let n = mesh.nCells
        var a = matrix.dense(on: mesh)
        var x = matrix.source
        let threshold = 1e-12 * (a.map(abs).max() ?? 0)
        for k in 0..<n {
            guard let pivot = (k..<n).max(by: { abs(a[$0 * n + k]) < abs(a[$1 * n + k]) }),
                abs(a[pivot * n + k]) > threshold
            else { throw SolveError.singular }
            if pivot != k {
                for j in 0..<n { a.swapAt(k * n + j, pivot * n + j) }
                x.swapAt(k, pivot)
            }
            for i in (k + 1)..<n where a[i * n + k] != 0 {
                let factor = a[i * n + k] / a[k * n + k]
                for j in k..<n { a[i * n + j] -= factor * a[k * n + j] }
                x[i] -= factor * x[k]
            }
        }
        for k in stride(from: n - 1, through: 0, by: -1) {
            var acc = x[k]
            for j in (k + 1)..<n { acc -= a[k * n + j] * x[j] }
            x[k] = acc / a[k * n + k]
        }
        return x
    }
}
