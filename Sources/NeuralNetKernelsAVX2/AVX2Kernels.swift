import NeuralNetKernels

#if arch(x86_64)
    /// The kernels for x86-64-v3 (AVX2, FMA, BMI1/2, F16C, LZCNT, MOVBE: Intel Haswell and
    /// later, AMD Zen 1-3): this module alone is compiled with `-march=x86-64-v3`
    /// (Package.swift). AVX2 has 16 YMM registers, so the register tile is taken in quarters of
    /// 4 rows × 16 columns (`multiplyTileInQuarters`). Called only when the CPU and OS support
    /// that level (`KernelDispatch`); nothing else may live in this module.
    public enum AVX2Kernels: KernelVariant {
        /// One fused multiply-add per 8 lanes (VFMADD231PS on YMM registers).
        @inline(__always)
        public static func multiplyAdd<V: SIMD>(_ acc: inout V, _ a: V, _ b: V)
        where V.Scalar == Float {
            acc = acc.addingProduct(a, b)
        }

        /// The tile in quarters of 4 rows × 16 columns: 8 YMM accumulators.
        @inline(__always)
        public static func multiplyTile(
            depth: Int, packedA: UnsafePointer<Float>, packedB: UnsafePointer<Float>,
            c: UnsafeMutablePointer<Float>, ldc: Int, rows: Int, cols: Int, overwrite: Bool
        ) {
            multiplyTileInQuarters(
                SIMD8<Float>.self, depth: depth, packedA: packedA, packedB: packedB, c: c,
                ldc: ldc, rows: rows, cols: cols, overwrite: overwrite)
        }
    }
#endif
