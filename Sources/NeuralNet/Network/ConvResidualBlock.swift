/// Convolutional residual block (He et al. 2016), main path as `ResidualBlockDesign` lays it
/// out; for the basic design with kernels 8/5/3, the block of Wang, Yan & Oates (2017):
///
///     h = BN(Conv_k3(ReLU(BN(Conv_k2(ReLU(BN(Conv_k1(x))))))))
///     y = ReLU(h + s),  s = BN(Conv_1×1(x)) when the channel count changes, else s = x
///
/// and for the bottleneck design h = BN(Conv_1×1↑(ReLU(BN(Conv_k(ReLU(BN(Conv_1×1↓(x))))))))
/// with the k-wide convolution on filters/expansion channels. Without shortcuts (a plain
/// network) y = ReLU(h) and there is no projection either. Convolutions are stride 1 with
/// 'same' padding, so the length never changes and only a change of channels needs the
/// projection. Shapes: x (batch, inChannels, time) → y (batch, filters, time).
///
/// Every ReLU, and the residual join, is computed in the pass of the BatchNorm before it
/// (`BatchNorm1d.rectifies`), with the same rounding as separate layers.
public final class ConvResidualBlock {
    /// Main-path convolutions, input side first.
    public let convolutions: [Conv1d]
    /// One BatchNorm after each convolution, each with the ReLU that follows it fused in (the
    /// last one's after the join with the shortcut).
    public let norms: [BatchNorm1d]
    /// 1×1 convolution of the shortcut, present when the block has a shortcut and the
    /// channels change.
    public let shortcutConvolution: Conv1d?
    /// BatchNorm of the shortcut, present with `shortcutConvolution`.
    public let shortcutNorm: BatchNorm1d?
    /// Whether the block adds its input (or its projection) to the main path.
    public let hasShortcut: Bool

    /// A block from `inChannels` to `filters` channels laid out as `configuration` says
    /// (design, kernel sizes, expansion, shortcuts, zero-initialised last norm); weights drawn
    /// from `rng`, main path first, then the projection.
    public init(
        inChannels: Int, filters: Int, configuration: ResNetConfiguration, rng: inout SplitMix64
    ) {
        var convolutions = [Conv1d]()
        var channels = inChannels
        let layers = configuration.blockConvolutions(filters: filters)
        for layer in layers {
            convolutions.append(
                Conv1d(
                    inChannels: channels, outChannels: layer.channels,
                    kernelSize: layer.kernelSize, rng: &rng))
            channels = layer.channels
        }
        self.convolutions = convolutions
        norms = layers.map { BatchNorm1d(channels: $0.channels, rectifies: true) }
        hasShortcut = configuration.shortcuts
        if hasShortcut && configuration.zeroInitialisedLastNorm, let last = norms.last {
            last.weight.value = Tensor(shape: [last.channels])
        }
        if hasShortcut && inChannels != filters {
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

    /// y = ReLU(main(x) + shortcut(x)), or ReLU(main(x)) without a shortcut.
    public func forward(_ input: Tensor, mode: ForwardMode) -> Tensor {
        var h = input
        for i in convolutions.indices.dropLast() {
            h = norms[i].forward(convolutions[i].forward(h, mode: mode), mode: mode)
        }
        guard let last = convolutions.indices.last else { return input }
        h = convolutions[last].forward(h, mode: mode)
        guard hasShortcut else { return norms[last].forward(h, mode: mode) }
        var shortcut = input
        if let shortcutConvolution, let shortcutNorm {
            shortcut = shortcutNorm.forward(
                shortcutConvolution.forward(input, mode: mode), mode: mode)
        }
        return norms[last].forward(h, adding: shortcut, mode: mode)
    }

    /// ∂L/∂x through the main path and the shortcut (their gradients add).
    public func backward(_ outputGradient: Tensor) -> Tensor {
        guard let last = norms.indices.last else { return outputGradient }
        // ∂L/∂(main + shortcut): through the final ReLU, shared by both paths.
        let joined = hasShortcut ? norms[last].activationGradient(outputGradient) : outputGradient
        var h = joined
        for i in convolutions.indices.reversed() {
            h = convolutions[i].backward(norms[i].backward(h))
        }
        guard hasShortcut else { return h }
        if let shortcutConvolution, let shortcutNorm {
            return h + shortcutConvolution.backward(shortcutNorm.backward(joined))
        }
        return h + joined
    }
}
