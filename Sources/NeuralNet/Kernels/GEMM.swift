/// General matrix multiply on row-major Float32 matrices:
///
///     C (m, n)  =  op(A) (m, k) · op(B) (k, n)   [ + C  when `accumulate` ]
///
/// `op(X)` is `X` or `Xᵀ`. Element (i, p) of `op(A)` is `a[i·lda + p]`, or `a[p·lda + i]` when
/// `transposeA`; likewise for B with `ldb`; C's rows are `ldc` apart. `naive` is the reference;
/// `blocked` is the packed, register-blocked SIMD kernel used everywhere else
/// (see `GEMM+Blocked.swift`), and a test pins their agreement.
public enum GEMM {
    /// Reference triple loop, accumulated in Double so that it is the more accurate of the two.
    public static func naive(
        m: Int, n: Int, k: Int,
        a: UnsafePointer<Float>, lda: Int, transposeA: Bool,
        b: UnsafePointer<Float>, ldb: Int, transposeB: Bool,
        c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool
    ) {
        for i in 0..<m {
            for j in 0..<n {
                var sum = accumulate ? Double(c[i * ldc + j]) : 0
                for p in 0..<k {
                    let aip = transposeA ? a[p * lda + i] : a[i * lda + p]
                    let bpj = transposeB ? b[j * ldb + p] : b[p * ldb + j]
                    sum += Double(aip) * Double(bpj)
                }
                c[i * ldc + j] = Float(sum)
            }
        }
    }

    /// Floating-point operations of one product: 2·m·n·k.
    public static func flops(m: Int, n: Int, k: Int) -> Double {
        2 * Double(m) * Double(n) * Double(k)
    }
}
