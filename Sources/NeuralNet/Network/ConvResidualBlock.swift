/// Residual block of Wang, Yan & Oates (2017):
///
///     h = BN(Conv_k3(ReLU(BN(Conv_k2(ReLU(BN(Conv_k1(x))))))))
///     y = ReLU(h + s),  s = BN(Conv_1×1(x)) when the channel count changes, else s = x
///
/// Shapes: x (batch, inChannels, time) → y (batch, filters, time).
public final class ConvResidualBlock {
    /// Main-path convolutions, kernels as configured (8, 5, 3).
    public let convolutions: [Conv1d]
    /// One BatchNorm after each convolution.
    public let norms: [BatchNorm1d]
    /// 1×1 convolution of the shortcut, present when channels change.
    public let shortcutConvolution: Conv1d?
    /// BatchNorm of the shortcut, present with `shortcutConvolution`.
    public let shortcutNorm: BatchNorm1d?
    private let activations: [ReLU]
    private let outputActivation = ReLU()

    /// A block from `inChannels` to `filters` channels with the given kernel sizes.
    public init(inChannels: Int, filters: Int, kernelSizes: [Int], rng: inout SplitMix64) {
        var convolutions = [Conv1d]()
        var channels = inChannels
        for kernel in kernelSizes {
            convolutions.append(
                Conv1d(inChannels: channels, outChannels: filters, kernelSize: kernel, rng: &rng))
            channels = filters
        }
        self.convolutions = convolutions
        norms = kernelSizes.map { _ in BatchNorm1d(channels: filters) }
        activations = kernelSizes.dropLast().map { _ in ReLU() }
        if inChannels != filters {
            shortcutConvolution = Conv1d(
                inChannels: inChannels, outChannels: filters, kernelSize: 1, rng: &rng)
            shortcutNorm = BatchNorm1d(channels: filters)
        } else {
            shortcutConvolution = nil
            shortcutNorm = nil
        }
    }

    /// Every layer with parameters, named as in the model file (`conv0`, `norm0`, …).
    public var namedLayers: [(name: String, layer: any Layer)] {
        var layers = [(name: String, layer: any Layer)]()
        for i in convolutions.indices {
            layers.append(("conv\(i)", convolutions[i]))
            layers.append(("norm\(i)", norms[i]))
        }
        if let shortcutConvolution, let shortcutNorm {
            layers.append(("shortcut_conv", shortcutConvolution))
            layers.append(("shortcut_norm", shortcutNorm))
        }
        return layers
    }

    /// y = ReLU(main(x) + shortcut(x)).
    public func forward(_ input: Tensor, mode: ForwardMode) -> Tensor {
        var h = input
        for i in convolutions.indices {
            h = norms[i].forward(convolutions[i].forward(h, mode: mode), mode: mode)
            if i < activations.count { h = activations[i].forward(h, mode: mode) }
        }
        var shortcut = input
        if let shortcutConvolution, let shortcutNorm {
            shortcut = shortcutNorm.forward(
                shortcutConvolution.forward(input, mode: mode), mode: mode)
        }
        return outputActivation.forward(h + shortcut, mode: mode)
    }

    /// ∂L/∂x through both paths (their gradients add).
    public func backward(_ outputGradient: Tensor) -> Tensor {
        let joined = outputActivation.backward(outputGradient)
        var h = joined
        for i in convolutions.indices.reversed() {
            if i < activations.count { h = activations[i].backward(h) }
            h = convolutions[i].backward(norms[i].backward(h))
        }
        if let shortcutConvolution, let shortcutNorm {
            return h + shortcutConvolution.backward(shortcutNorm.backward(joined))
        }
        return h + joined
    }
}
