import NeuralNetKernels
import NeuralNetKernelsAVX2
import NeuralNetKernelsAVX512

/// The builds of the network kernels (NeuralNetKernels), best first: `KernelDispatch` runs the
/// best one this CPU supports. The raw value is what `COURANT_ISA` takes.
public enum InstructionSet: String, CaseIterable, Sendable {
    /// x86-64-v4: AVX-512 F/BW/CD/DQ/VL with FMA, 16 lanes per instruction.
    case avx512
    /// x86-64-v3: AVX2 with FMA (Intel Haswell and later, AMD Zen 1-3), 8 lanes.
    case avx2
    /// The target's baseline: SSE2 on x86-64 (4 lanes, separate multiply and add), NEON on arm64.
    case portable

    /// What the build needs, as printed by `courant --version` and `courant benchmark nn`.
    public var summary: String {
        switch self {
        case .avx512: "AVX-512 + FMA (x86-64-v4)"
        case .avx2: "AVX2 + FMA (x86-64-v3)"
        case .portable:
            #if arch(x86_64)
                "portable (x86-64 baseline, SSE2)"
            #else
                "portable (baseline of this architecture)"
            #endif
        }
    }

    /// Whether a CPU with these features (nil: not x86-64) can run this build.
    public func runs(on features: X86Features?) -> Bool {
        switch self {
        case .avx512: (features?.level ?? 0) >= 4
        case .avx2: (features?.level ?? 0) >= 3
        case .portable: true
        }
    }

    /// The kernels of this build, to call only when `runs(on:)` the CPU (tests compare them
    /// with their definitions). Off x86-64 the AVX builds do not exist; `runs(on:)` is false
    /// for them there, so they are never asked for.
    public var kernels: any KernelVariant.Type {
        switch self {
        #if arch(x86_64)
            case .avx512: AVX512Kernels.self
            case .avx2: AVX2Kernels.self
        #endif
        default: PortableKernels.self
        }
    }
}
