/// The layers of a convolutional residual block's main path (He et al. 2016, §3.3 and Fig. 5):
/// each convolution is followed by a BatchNorm, and by a ReLU except the last; the block adds
/// the shortcut and applies a ReLU.
public enum ResidualBlockDesign: String, Codable, Sendable, CaseIterable {
    /// One convolution per configured kernel size, every one `filters` wide: the block of Wang,
    /// Yan & Oates (2017), kernels 8/5/3 (He et al.'s "basic" block has two 3-wide ones).
    case basic
    /// A 1×1 convolution reducing the channels to filters/expansion, the configured k-wide
    /// convolutions on those reduced channels, and a 1×1 convolution expanding them back to
    /// `filters` (He et al.'s bottleneck, 1×1 → 3×3 → 1×1 with expansion 4): the wide
    /// convolutions cost (expansion)² less than in a basic block of the same width.
    case bottleneck

    /// The main path's convolutions for a block of `filters` output channels: kernel size and
    /// output channels of each, input side first.
    public func convolutions(filters: Int, kernelSizes: [Int], expansion: Int)
        -> [(kernelSize: Int, channels: Int)]
    {
        switch self {
        case .basic:
            return kernelSizes.map { ($0, filters) }
        case .bottleneck:
            let reduced = max(1, filters / max(1, expansion))
            return [(1, reduced)] + kernelSizes.map { ($0, reduced) } + [(1, filters)]
        }
    }
}
