import NeuralNet

/// The choices `courant surrogate train` offers for the surrogate's sequence network
/// (`--blocks N --block basic|bottleneck --width W --kernels K,… --plain
/// --zero-init-last-norm`); `SurrogateModel.architecture(_:)` builds the configuration from
/// them. The defaults are the shipped model's network.
public struct SurrogateArchitecture: Sendable, Equatable {
    /// Convolutional residual blocks.
    public var blocks = 3
    /// Block design (`ResidualBlockDesign`).
    public var design = ResidualBlockDesign.basic
    /// Output channels of every block but the first, which has half (`ResNetConfiguration
    /// .filters(blocks:width:)`); a bottleneck block's wide convolutions have a quarter of its.
    public var width = 32
    /// Kernel sizes of each block's k-wide convolutions.
    public var kernelSizes = [7, 5, 3]
    /// False: a plain network (no shortcuts).
    public var shortcuts = true
    /// Each block's last BatchNorm scale starts at 0 (needs shortcuts).
    public var zeroInitialisedLastNorm = false

    /// The shipped model's choices.
    public init() {}

    /// Kernel sizes when none are given: 7/5/3 for basic blocks, 3 for the convolution between
    /// a bottleneck's 1×1s (He et al.).
    public static func defaultKernelSizes(for design: ResidualBlockDesign) -> [Int] {
        design == .basic ? [7, 5, 3] : [3]
    }

    /// Why these choices make no network, or nil: at least one block, widths and kernel sizes
    /// of at least 1, a bottleneck's first block at least `expansion` (4) channels wide, and
    /// zero-initialised norms only with shortcuts.
    public var problem: String? {
        if blocks < 1 { return "--blocks \(blocks): at least 1" }
        if width < 2 { return "--width \(width): at least 2 (the first block has half)" }
        if kernelSizes.isEmpty || kernelSizes.contains(where: { $0 < 1 }) {
            return "--kernels: one or more sizes of at least 1"
        }
        let expansion = ResNetConfiguration().bottleneckExpansion
        if design == .bottleneck && width / 2 < expansion {
            return "--width \(width): a bottleneck network needs at least \(2 * expansion) "
                + "(its first block, \(width / 2) wide, is reduced \(expansion) times)"
        }
        if zeroInitialisedLastNorm && !shortcuts {
            return "--zero-init-last-norm needs shortcuts (a plain block would start at zero)"
        }
        return nil
    }
}
