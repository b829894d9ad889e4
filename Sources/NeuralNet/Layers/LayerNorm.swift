/// Layer normalisation over the features of each sample (Ba, Kiros & Hinton 2016):
///
///     y[b, i] = γ_i · (x[b, i] − μ_b) / √(σ²_b + ε) + β_i,   μ_b, σ²_b over i (biased), ε = 1e-5
///
/// Shapes: x (batch, features) → same; `weight` γ and `bias` β (features). PyTorch `nn.LayerNorm`.
public final class LayerNorm: Layer {
    /// γ (features)
    public let weight: Parameter
    /// β (features)
    public let bias: Parameter
    /// Features normalised per sample.
    public let features: Int
    /// Added to the variance.
    public let epsilon: Float = 1e-5
    private var normalised = Tensor(shape: [0])  // (batch, features) x̂ of the last forward
    private var inverseStd = [Float]()  // (batch)

    /// γ = 1, β = 0.
    public init(features: Int) {
        self.features = features
        weight = Parameter(Tensor(shape: [features], repeating: 1))
        bias = Parameter(Tensor(shape: [features]))
    }

    /// `weight` and `bias`, in file order.
    public var namedParameters: [(name: String, parameter: Parameter)] {
        [("weight", weight), ("bias", bias)]
    }

    /// The layer applied to `input` (see the type's equation); remembers what `backward` needs.
    public func forward(_ input: Tensor, mode: ForwardMode) -> Tensor {
        precondition(input.shape.count == 2 && input.shape[1] == features, "LayerNorm shape")
        let batch = input.shape[0]
        normalised = input
        inverseStd = [Float](repeating: 0, count: batch)
        var output = input
        for b in 0..<batch {
            let row = b * features
            var sum = 0.0
            var sumSquares = 0.0
            for i in 0..<features {
                let v = Double(input.scalars[row + i])
                sum += v
                sumSquares += v * v
            }
            let mu = sum / Double(features)
            let variance = max(0, sumSquares / Double(features) - mu * mu)
            let scale = Float(1 / (variance + Double(epsilon)).squareRoot())
            inverseStd[b] = scale
            for i in 0..<features {
                let xhat = (input.scalars[row + i] - Float(mu)) * scale
                normalised.scalars[row + i] = xhat
                output.scalars[row + i] = weight.value.scalars[i] * xhat + bias.value.scalars[i]
            }
        }
        return output
    }

    /// With g = γ·dy: dx = 1/(D·σ) · (D·g − Σg − x̂·Σ(g·x̂)), D = features;
    /// ∂L/∂γ += Σ_b dy·x̂, ∂L/∂β += Σ_b dy.
    public func backward(_ outputGradient: Tensor) -> Tensor {
        let batch = normalised.shape[0]
        let width = Float(features)
        var inputGradient = outputGradient
        for b in 0..<batch {
            let row = b * features
            var sumG: Float = 0
            var sumGXhat: Float = 0
            for i in 0..<features {
                let dy = outputGradient.scalars[row + i]
                let xhat = normalised.scalars[row + i]
                weight.gradient.scalars[i] += dy * xhat
                bias.gradient.scalars[i] += dy
                let g = dy * weight.value.scalars[i]
                sumG += g
                sumGXhat += g * xhat
            }
            for i in 0..<features {
                let g = outputGradient.scalars[row + i] * weight.value.scalars[i]
                inputGradient.scalars[row + i] =
                    inverseStd[b]
                    * (g - sumG / width - normalised.scalars[row + i] * sumGXhat / width)
            }
        }
        return inputGradient
    }
}
