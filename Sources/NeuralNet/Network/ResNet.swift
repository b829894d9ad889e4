/// The convergence network: a time-series ResNet (Wang, Yan & Oates 2017) over residual
/// histories joined with a residual MLP (Gorishniy et al. 2021) over tabular case features.
///
///     h_seq  = GAP_time(Block_n(…Block_1(sequences)))                 (batch, filters.last)
///     h_feat = ReLU(Norm(MLPBlock_m(…MLPBlock_1(Linear(features)))))  (batch, mlpWidth)
///              or the raw features when mlpBlocks = 0                 (batch, tabularFeatures)
///     output = Linear([h_seq, h_feat])                                 (batch, outputs)
///
/// Inputs: sequences (batch, inputChannels, time), features (batch, tabularFeatures).
/// The output columns mean whatever the caller's loss says (logits, mean, log-variance, …).
public final class ResNet {
    /// Architecture, saved in the model file.
    public let configuration: ResNetConfiguration
    /// Convolutional residual blocks, input side first.
    public let blocks: [ConvResidualBlock]
    /// Lifts the tabular features to `mlpWidth` (present when `mlpBlocks > 0`).
    public let featureInput: Linear?
    /// Residual MLP blocks over the features.
    public let featureBlocks: [ResidualMLPBlock]
    /// Normalisation before the feature branch's final ReLU (present when `mlpBlocks > 0`).
    public let featureNorm: (any Layer)?
    /// The head: Linear(headInputs, outputs).
    public let head: Linear
    private let pooling = GlobalAveragePooling()
    private let featureActivation = ReLU()

    /// A freshly initialised network; the same `seed` gives the same weights, bit for bit.
    public init(configuration: ResNetConfiguration, seed: UInt64) {
        self.configuration = configuration
        var rng = SplitMix64(seed: seed)
        var blocks = [ConvResidualBlock]()
        var channels = configuration.inputChannels
        for filters in configuration.filters {
            blocks.append(
                ConvResidualBlock(
                    inChannels: channels, filters: filters, configuration: configuration,
                    rng: &rng))
            channels = filters
        }
        self.blocks = blocks
        if configuration.mlpBlocks > 0 {
            featureInput = Linear(
                inFeatures: configuration.tabularFeatures, outFeatures: configuration.mlpWidth,
                rng: &rng)
            featureBlocks = (0..<configuration.mlpBlocks).map { _ in
                ResidualMLPBlock(
                    width: configuration.mlpWidth, hidden: configuration.mlpHiddenWidth,
                    normalisation: configuration.mlpNormalisation,
                    dropout: configuration.dropout, rng: &rng)
            }
            featureNorm =
                configuration.mlpNormalisation == "layer"
                ? LayerNorm(features: configuration.mlpWidth)
                : BatchNorm1d(channels: configuration.mlpWidth)
        } else {
            featureInput = nil
            featureBlocks = []
            featureNorm = nil
        }
        head = Linear(
            inFeatures: configuration.headInputs, outFeatures: configuration.outputs, rng: &rng)
    }

    /// Output (batch, outputs) for sequences (batch, inputChannels, time) and features
    /// (batch, tabularFeatures).
    public func forward(sequences: Tensor, features: Tensor, mode: ForwardMode) -> Tensor {
        var h = sequences
        for block in blocks { h = block.forward(h, mode: mode) }
        let pooled = pooling.forward(h, mode: mode)
        guard configuration.tabularFeatures > 0 else { return head.forward(pooled, mode: mode) }
        var f = features
        if let featureInput, let featureNorm {
            f = featureInput.forward(f, mode: mode)
            for block in featureBlocks { f = block.forward(f, mode: mode) }
            f = featureActivation.forward(featureNorm.forward(f, mode: mode), mode: mode)
        }
        return head.forward(Tensor.concatenatingColumns([pooled, f]), mode: mode)
    }

    /// Back-propagates ∂L/∂output (batch, outputs) from the last `forward`, adding ∂L/∂θ to
    /// every parameter, and returns ∂L/∂sequences and ∂L/∂features.
    @discardableResult
    public func backward(_ outputGradient: Tensor) -> (sequences: Tensor, features: Tensor) {
        let joined = head.backward(outputGradient)
        let pooledWidth = configuration.filters.last ?? configuration.inputChannels
        let batch = outputGradient.shape[0]
        var featureGradient = Tensor(shape: [batch, configuration.tabularFeatures])
        var h = pooling.backward(
            configuration.tabularFeatures > 0 ? joined.slicingColumns(0..<pooledWidth) : joined)
        for block in blocks.reversed() { h = block.backward(h) }
        if configuration.tabularFeatures > 0 {
            var f = joined.slicingColumns(pooledWidth..<joined.shape[1])
            if let featureInput, let featureNorm {
                f = featureNorm.backward(featureActivation.backward(f))
                for block in featureBlocks.reversed() { f = block.backward(f) }
                f = featureInput.backward(f)
            }
            featureGradient = f
        }
        return (h, featureGradient)
    }
}
