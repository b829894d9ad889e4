import NeuralNetKernels

#if arch(x86_64)
    /// The kernels for x86-64-v4 (AVX-512 F/BW/CD/DQ/VL, with AVX2 and FMA): this module alone
    /// is compiled with `-march=x86-64-v4` (Package.swift), so each 16-lane operation is one
    /// ZMM instruction. Called only when the CPU and OS support that level (`KernelDispatch`);
    /// nothing else may live in this module, since any of it would need AVX-512 too. Its 32
    /// ZMM registers hold a whole 8 × 32 tile (the default `multiplyTile`).
    public enum AVX512Kernels: KernelVariant {
        /// One fused multiply-add (VFMADD231PS on ZMM registers).
        @inline(__always)
        public static func multiplyAdd<V: SIMD>(_ acc: inout V, _ a: V, _ b: V)
        where V.Scalar == Float {
            acc = acc.addingProduct(a, b)
        }
    }
#endif
