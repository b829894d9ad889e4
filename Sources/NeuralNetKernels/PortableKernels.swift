/// The kernels for any CPU: built for the target's baseline (x86-64 with SSE2, or arm64 with
/// NEON), with register tiles taken in 4 × 8 quarters of 4-lane vectors (SSE2 has 16 XMM
/// registers).
public enum PortableKernels: KernelVariant {
    /// On x86-64 a separate multiply and add: the baseline has no fused multiply-add, and
    /// `addingProduct` without it is a libm call per lane. Every arm64 CPU fuses them (FMLA).
    @inlinable @inline(__always)
    public static func multiplyAdd<V: SIMD>(_ acc: inout V, _ a: V, _ b: V)
    where V.Scalar == Float {
        #if arch(x86_64)
            acc += a * b
        #else
            acc = acc.addingProduct(a, b)
        #endif
    }

    /// The tile in quarters of 4 rows × 8 columns.
    @inlinable @inline(__always)
    public static func multiplyTile(
        depth: Int, packedA: UnsafePointer<Float>, packedB: UnsafePointer<Float>,
        c: UnsafeMutablePointer<Float>, ldc: Int, rows: Int, cols: Int, overwrite: Bool
    ) {
        multiplyTileInQuarters(
            SIMD4<Float>.self, depth: depth, packedA: packedA, packedB: packedB, c: c, ldc: ldc,
            rows: rows, cols: cols, overwrite: overwrite)
    }
}
