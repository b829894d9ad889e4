/// Architecture of `ResNet`: widths and depths are data, saved in the model file.
///
/// Defaults are the network of Wang, Yan & Oates (2017) on (batch, 6, time) sequences with
/// 8 tabular features and no feature MLP — the PyTorch peer benchmark's network A.
public struct ResNetConfiguration: Codable, Sendable, Equatable {
    /// Sequence channels (equations whose residual histories are fed).
    public var inputChannels = 6
    /// Filters of each convolutional residual block (one block per entry).
    public var filters = [64, 128, 128]
    /// Kernel sizes of the convolutions inside every block.
    public var kernelSizes = [8, 5, 3]
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

    /// Width of the vector the head sees: last filter count plus the feature branch width.
    var headInputs: Int {
        (filters.last ?? inputChannels) + (mlpBlocks > 0 ? mlpWidth : tabularFeatures)
    }
}
