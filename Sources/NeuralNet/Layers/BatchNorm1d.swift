/// Batch normalisation per channel (Ioffe & Szegedy 2015), PyTorch `nn.BatchNorm1d` semantics:
///
///     y = γ_c · (x − μ_c) / √(σ²_c + ε) + β_c
///
/// Training: μ, σ² are the batch mean and biased variance over (batch, time); the running
/// statistics follow r ← (1 − m)·r + m·s with momentum m = 0.1, using the unbiased variance.
/// Inference — and always when `weight` is frozen — μ, σ² are the running statistics, which then
/// stay untouched. Shapes: x (batch, channels, time) or (batch, channels) → same shape;
/// `weight` γ, `bias` β, `runningMean`, `runningVariance` all (channels). ε = 1e-5.
public final class BatchNorm1d: Layer {
    /// γ (channels)
    public let weight: Parameter
    /// β (channels)
    public let bias: Parameter
    /// (channels) running mean, saved with the weights.
    public var runningMean: Tensor
    /// (channels) running unbiased variance, saved with the weights.
    public var runningVariance: Tensor
    /// Channels normalised.
    public let channels: Int
    /// Added to the variance.
    public let epsilon: Float = 1e-5
    /// Weight of the newest batch in the running statistics.
    public let momentum: Float = 0.1
    private var normalised = Tensor(shape: [0])  // x̂, same shape as the last input
    private var inverseStd = [Float]()  // (channels) 1/√(σ² + ε) of the last forward
    private var usedBatchStatistics = false

    /// γ = 1, β = 0, running mean 0, running variance 1.
    public init(channels: Int) {
        self.channels = channels
        weight = Parameter(Tensor(shape: [channels], repeating: 1))
        bias = Parameter(Tensor(shape: [channels]))
        runningMean = Tensor(shape: [channels])
        runningVariance = Tensor(shape: [channels], repeating: 1)
    }

    public var namedParameters: [(name: String, parameter: Parameter)] {
        [("weight", weight), ("bias", bias)]
    }

    public func forward(_ input: Tensor, mode: ForwardMode) -> Tensor {
        precondition(input.shape.count >= 2 && input.shape[1] == channels, "BatchNorm1d shape")
        let batch = input.shape[0]
        let time = input.shape.count == 3 ? input.shape[2] : 1
        let count = batch * time
        usedBatchStatistics = mode == .training && !weight.isFrozen
        var mean = runningMean.scalars
        var variance = runningVariance.scalars
        if usedBatchStatistics {
            for c in 0..<channels {
                var sum = 0.0
                var sumSquares = 0.0
                for b in 0..<batch {
                    let base = (b * channels + c) * time
                    for t in 0..<time {
                        let v = Double(input.scalars[base + t])
                        sum += v
                        sumSquares += v * v
                    }
                }
                let mu = sum / Double(count)
                let biased = max(0, sumSquares / Double(count) - mu * mu)
                mean[c] = Float(mu)
                variance[c] = Float(biased)
                let unbiased = count > 1 ? biased * Double(count) / Double(count - 1) : biased
                runningMean.scalars[c] = (1 - momentum) * runningMean.scalars[c]
                    + momentum * Float(mu)
                runningVariance.scalars[c] = (1 - momentum) * runningVariance.scalars[c]
                    + momentum * Float(unbiased)
            }
        }
        inverseStd = variance.map { 1 / ($0 + epsilon).squareRoot() }
        normalised = input
        var output = input
        for b in 0..<batch {
            for c in 0..<channels {
                let base = (b * channels + c) * time
                let gamma = weight.value.scalars[c]
                let beta = bias.value.scalars[c]
                let mu = mean[c]
                let scale = inverseStd[c]
                for t in 0..<time {
                    let xhat = (input.scalars[base + t] - mu) * scale
                    normalised.scalars[base + t] = xhat
                    output.scalars[base + t] = gamma * xhat + beta
                }
            }
        }
        return output
    }

    /// ∂L/∂γ += Σ dy·x̂, ∂L/∂β += Σ dy; with batch statistics
    /// dx = γ/(N·σ) · (N·dy − Σdy − x̂·Σ(dy·x̂)), N = batch·time; with running ones dx = γ/σ·dy.
    public func backward(_ outputGradient: Tensor) -> Tensor {
        let batch = normalised.shape[0]
        let time = normalised.shape.count == 3 ? normalised.shape[2] : 1
        let count = Float(batch * time)
        var sumGradient = [Float](repeating: 0, count: channels)
        var sumGradientXhat = [Float](repeating: 0, count: channels)
        for b in 0..<batch {
            for c in 0..<channels {
                let base = (b * channels + c) * time
                for t in 0..<time {
                    let g = outputGradient.scalars[base + t]
                    sumGradient[c] += g
                    sumGradientXhat[c] += g * normalised.scalars[base + t]
                }
            }
        }
        for c in 0..<channels {
            weight.gradient.scalars[c] += sumGradientXhat[c]
            bias.gradient.scalars[c] += sumGradient[c]
        }
        var inputGradient = outputGradient
        for b in 0..<batch {
            for c in 0..<channels {
                let base = (b * channels + c) * time
                let scale = weight.value.scalars[c] * inverseStd[c]
                if usedBatchStatistics {
                    let meanGradient = sumGradient[c] / count
                    let meanGradientXhat = sumGradientXhat[c] / count
                    for t in 0..<time {
                        let g = outputGradient.scalars[base + t]
                        inputGradient.scalars[base + t] =
                            scale
                            * (g - meanGradient - normalised.scalars[base + t] * meanGradientXhat)
                    }
                } else {
                    for t in 0..<time {
                        inputGradient.scalars[base + t] = scale * outputGradient.scalars[base + t]
                    }
                }
            }
        }
        return inputGradient
    }
}
