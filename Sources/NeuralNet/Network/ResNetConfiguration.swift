/// Architecture of `ResNet`: widths, depths and block design are data, saved in the model file
/// (as JSON, `ResNetConfiguration+Coding`), so a model file alone rebuilds its network.
///
/// Defaults are the network of Wang, Yan & Oates (2017) on (batch, 6, time) sequences with
/// 8 tabular features and no feature MLP — the PyTorch peer benchmark's network A.
public struct ResNetConfiguration: Sendable, Equatable {
    /// Sequence channels (equations whose residual histories are fed).
    public var inputChannels = 6
    /// Filters of each convolutional residual block (one block per entry).
    public var filters = [64, 128, 128]
    /// Kernel sizes of the k-wide convolutions inside every block (for a bottleneck block,
    /// those between its two 1×1 convolutions).
    public var kernelSizes = [8, 5, 3]
    /// The blocks' main path: `basic` or `bottleneck` (`ResidualBlockDesign`).
    public var blockDesign = ResidualBlockDesign.basic
    /// Channel reduction inside a bottleneck block: its wide convolutions are
    /// filters/expansion wide (He et al.: 4).
    public var bottleneckExpansion = 4
    /// True: each block adds its shortcut (identity, or a 1×1 projection + BatchNorm where the
    /// channels change); false: a plain network, the same main paths without shortcuts.
    public var shortcuts = true
    /// True: the γ of each block's last main-path BatchNorm starts at 0, so every residual
    /// block starts as its shortcut (Goyal et al. 2017). Needs `shortcuts`.
    public var zeroInitialisedLastNorm = false
    /// Tabular features per sample (0: none).
    public var tabularFeatures = 8
    /// Width of the residual feature MLP (Gorishniy et al. 2021); used when `mlpBlocks > 0`.
    public var mlpWidth = 64
    /// Hidden width inside each residual MLP block.
    public var mlpHiddenWidth = 128
    /// Residual MLP blocks over the tabular features (0: features go straight to the head).
    public var mlpBlocks = 0
    /// Normalisation inside the residual MLP: "batch" or "layer".
    public var mlpNormalisation = "batch"
    /// Dropout probability inside the residual MLP blocks.
    public var dropout: Float = 0
    /// Width of the head (e.g. 4 outcome logits + log-iterations mean + log-variance = 6).
    public var outputs = 2

    /// The default (paper) configuration.
    public init() {}

    /// A small network for little data and live use (batch-1 latency well under a millisecond).
    public static var small: ResNetConfiguration {
        var configuration = ResNetConfiguration()
        configuration.filters = [16, 32, 32]
        return configuration
    }

    /// The main path of a block of `filters` output channels: kernel size and output channels
    /// of each convolution, input side first.
    public func blockConvolutions(filters: Int) -> [(kernelSize: Int, channels: Int)] {
        blockDesign.convolutions(
            filters: filters, kernelSizes: kernelSizes, expansion: bottleneckExpansion)
    }

    /// Filters of `blocks` blocks of width `width`: the first block half as wide (at least 1),
    /// the others `width`, as Wang et al.'s 64/128/128 and the surrogate's 16/32/32.
    public static func filters(blocks: Int, width: Int) -> [Int] {
        (0..<blocks).map { $0 == 0 ? max(1, width / 2) : width }
    }

    /// Width of the vector the head sees: last filter count plus the feature branch width.
    var headInputs: Int {
        (filters.last ?? inputChannels) + (mlpBlocks > 0 ? mlpWidth : tabularFeatures)
    }
}
