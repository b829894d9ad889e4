/// Residual MLP block of Gorishniy et al. (2021, "ResNet" for tabular data):
///
///     y = x + Dropout(Linear₂(Dropout(ReLU(Linear₁(Norm(x))))))
///
/// Shapes: x (batch, width) → y (batch, width); Linear₁ width → hidden, Linear₂ hidden → width.
public final class ResidualMLPBlock {
    /// BatchNorm1d or LayerNorm over the width.
    public let norm: any Layer
    /// width → hidden
    public let expand: Linear
    /// hidden → width
    public let project: Linear
    private let activation = ReLU()
    private let hiddenDropout: Dropout
    private let outputDropout: Dropout

    /// A block of the given widths; `normalisation` is "batch" or "layer".
    public init(
        width: Int, hidden: Int, normalisation: String, dropout: Float, rng: inout SplitMix64
    ) {
        norm = normalisation == "layer" ? LayerNorm(features: width) : BatchNorm1d(channels: width)
        expand = Linear(inFeatures: width, outFeatures: hidden, rng: &rng)
        project = Linear(inFeatures: hidden, outFeatures: width, rng: &rng)
        hiddenDropout = Dropout(probability: dropout, seed: rng.next())
        outputDropout = Dropout(probability: dropout, seed: rng.next())
    }

    /// Layers with parameters, named as in the model file.
    public var namedLayers: [(name: String, layer: any Layer)] {
        [("norm", norm), ("linear0", expand), ("linear1", project)]
    }

    /// y = x + f(x).
    public func forward(_ input: Tensor, mode: ForwardMode) -> Tensor {
        var z = norm.forward(input, mode: mode)
        z = activation.forward(expand.forward(z, mode: mode), mode: mode)
        z = hiddenDropout.forward(z, mode: mode)
        z = outputDropout.forward(project.forward(z, mode: mode), mode: mode)
        return input + z
    }

    /// ∂L/∂x = dy + f'(x)ᵀ·dy.
    public func backward(_ outputGradient: Tensor) -> Tensor {
        var g = project.backward(outputDropout.backward(outputGradient))
        g = expand.backward(activation.backward(hiddenDropout.backward(g)))
        return outputGradient + norm.backward(g)
    }
}
