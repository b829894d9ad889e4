import NeuralNetKernels

#if arch(x86_64)
    /// The kernels for x86-64-v3 (AVX2, FMA, BMI1/2, F16C, LZCNT, MOVBE: Intel Haswell and
    /// later, AMD Zen 1-3): this module alone is compiled with `-march=x86-64-v3`
    /// (Package.swift), so each 16-lane operation is two YMM instructions. Called only when the
    /// CPU and OS support that level (`KernelDispatch`); nothing else may live in this module.
    public enum AVX2Kernels: KernelVariant {
        /// One fused multiply-add per 8 lanes (VFMADD231PS on YMM registers).
        @inline(__always)
        public static func multiplyAdd(
            _ acc: inout SIMD16<Float>, _ a: SIMD16<Float>, _ b: SIMD16<Float>
        ) {
            acc = acc.addingProduct(a, b)
        }
    }
#endif
