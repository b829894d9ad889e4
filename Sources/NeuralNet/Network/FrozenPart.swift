/// A part of `ResNet` whose parameters (and BatchNorm running statistics) fine-tuning must keep
/// bit-identical.
public enum FrozenPart: Sendable, Equatable {
    /// The first `count` convolutional residual blocks (input side).
    case residualBlocks(Int)
    /// The tabular-feature branch: input Linear, residual MLP blocks and its final norm.
    case featureMLP
    /// Everything except the head Linear.
    case allButHead
}
