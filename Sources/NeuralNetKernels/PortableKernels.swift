/// The kernels for any CPU: built for the target's baseline (x86-64 with SSE2, or arm64 with
/// NEON), where each 16-lane operation becomes four 4-lane ones.
public enum PortableKernels: KernelVariant {
    /// A separate multiply and add: the x86-64 baseline has no fused multiply-add, and
    /// `addingProduct` without it is a libm call per lane.
    @inlinable @inline(__always)
    public static func multiplyAdd(
        _ acc: inout SIMD16<Float>, _ a: SIMD16<Float>, _ b: SIMD16<Float>
    ) {
        acc += a * b
    }
}
