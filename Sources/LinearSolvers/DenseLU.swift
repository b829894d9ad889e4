/// LU factorisation with partial pivoting of a dense n×n matrix (row-major), P·A = L·U.
struct DenseLU: Sendable {
    /// Order of the matrix.
    let n: Int
    /// (n × n) L below the diagonal (unit diagonal implied) and U on and above it.
    let factors: [Double]
    /// (n) row of A that ended in each row of the factors.
    let permutation: [Int]

    /// Factorises `a`; nil when a pivot falls below 1e-12·max|A_ij| (singular to precision).
    init?(_ a: [Double], n: Int) {
        var lu = a
        var permutation = Array(0..<n)
        let threshold = 1e-12 * (a.map(abs).max() ?? 0)
        for k in 0..<n {
            guard let pivot = (k..<n).max(by: { abs(lu[$0 * n + k]) < abs(lu[$1 * n + k]) }),
                abs(lu[pivot * n + k]) > threshold
            else { return nil }
            if pivot != k {
                for j in 0..<n { lu.swapAt(k * n + j, pivot * n + j) }
                permutation.swapAt(k, pivot)
            }
            for i in (k + 1)..<n where lu[i * n + k] != 0 {
                let factor = lu[i * n + k] / lu[k * n + k]
                lu[i * n + k] = factor
                for j in (k + 1)..<n { lu[i * n + j] -= factor * lu[k * n + j] }
            }
        }
        self.n = n
        self.factors = lu
        self.permutation = permutation
    }

    /// x with A·x = b, by forward then backward substitution.
    func solve(_ b: [Double]) -> [Double] {
        var x = permutation.map { b[$0] }
        for i in 0..<n {
            for j in 0..<i { x[i] -= factors[i * n + j] * x[j] }
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in (i + 1)..<n { x[i] -= factors[i * n + j] * x[j] }
            x[i] /= factors[i * n + i]
        }
        return x
    }
}
