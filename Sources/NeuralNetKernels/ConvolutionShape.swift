/// What the convolution packers need to know of a `Conv1d` call: the layer's geometry and the
/// group of samples whose time axes sit side by side as the GEMM columns
/// (s, t) ↦ (s − firstSample)·time + t.
///
/// x is (batch, inChannels, time) and ∂Y (batch, outChannels, time), row-major; the im2col
/// matrix X has rows (c, j) ↦ c·kernelSize + j and X[(c, j), (s, t)] = x[s, c, t + j − padLeft]
/// (0 outside [0, time)).
public struct ConvolutionShape: Sendable {
    /// Input channels.
    public var inChannels: Int
    /// Output channels.
    public var outChannels: Int
    /// Taps per filter.
    public var kernelSize: Int
    /// Zeros before the first time step ('same' padding: ⌊(kernelSize − 1)/2⌋).
    public var padLeft: Int
    /// Time steps per sample.
    public var time: Int
    /// The first sample of the group.
    public var firstSample: Int

    /// A shape from its fields.
    @inlinable
    public init(
        inChannels: Int, outChannels: Int, kernelSize: Int, padLeft: Int, time: Int,
        firstSample: Int
    ) {
        self.inChannels = inChannels
        self.outChannels = outChannels
        self.kernelSize = kernelSize
        self.padLeft = padLeft
        self.time = time
        self.firstSample = firstSample
    }
}
