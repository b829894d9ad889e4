/// Batch normalisation per channel (Ioffe & Szegedy 2015), PyTorch `nn.BatchNorm1d` semantics:
///
///     y = γ_c · (x − μ_c) / √(σ²_c + ε) + β_c
///
/// Training: μ, σ² are the batch mean and biased variance over (batch, time) (two passes:
/// mean, then centred squares); the running statistics follow r ← (1 − m)·r + m·s with
/// momentum m = 0.1, using the unbiased variance. Inference — and always when `weight` is
/// frozen — μ, σ² are the running statistics, which then stay untouched.
/// Shapes: x (batch, channels, time) or (batch, channels) → same shape;
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
    private var input = Tensor(shape: [0])  // the last input; x̂ is recomputed from it
    private var mean = [Float]()  // (channels) μ used by the last forward
    private var inverseStd = [Float]()  // (channels) 1/√(σ² + ε) used by the last forward
    private var usedBatchStatistics = false

    /// γ = 1, β = 0, running mean 0, running variance 1.
    public init(channels: Int) {
        self.channels = channels
        weight = Parameter(Tensor(shape: [channels], repeating: 1))
        bias = Parameter(Tensor(shape: [channels]))
        runningMean = Tensor(shape: [channels])
        runningVariance = Tensor(shape: [channels], repeating: 1)
    }

    /// `weight` and `bias`, in file order.
    public var namedParameters: [(name: String, parameter: Parameter)] {
        [("weight", weight), ("bias", bias)]
    }

    /// The layer applied to `input` (see the type's equation); remembers what `backward` needs.
    public func forward(_ input: Tensor, mode: ForwardMode) -> Tensor {
        precondition(input.shape.count >= 2 && input.shape[1] == channels, "BatchNorm1d shape")
        self.input = input
        let batch = input.shape[0]
        let time = input.shape.count == 3 ? input.shape[2] : 1
        usedBatchStatistics = mode == .training && !weight.isFrozen
        if usedBatchStatistics {
            updateBatchStatistics(input, batch: batch, time: time)
        } else {
            mean = runningMean.scalars
            inverseStd = runningVariance.scalars.map { 1 / ($0 + epsilon).squareRoot() }
        }
        let scale = (0..<channels).map { weight.value.scalars[$0] * inverseStd[$0] }
        let shift = (0..<channels).map { bias.value.scalars[$0] - mean[$0] * scale[$0] }
        return Tensor(shape: input.shape) { y in
            input.scalars.withUnsafeBufferPointer { x in
                for b in 0..<batch {
                    for c in 0..<channels {
                        let base = (b &* channels &+ c) &* time
                        let (a, s) = (scale[c], shift[c])
                        for t in base..<(base &+ time) { y[t] = x[t] * a + s }
                    }
                }
            }
        }
    }

    /// Sets `mean`, `inverseStd` from the batch and moves the running statistics.
    private func updateBatchStatistics(_ input: Tensor, batch: Int, time: Int) {
        let count = batch * time
        mean = [Float](repeating: 0, count: channels)
        inverseStd = [Float](repeating: 0, count: channels)
        input.scalars.withUnsafeBufferPointer { x in
            guard let x = x.baseAddress else { return }
            for c in 0..<channels {
                var sum = 0.0
                for b in 0..<batch {
                    sum += Double(VectorSums.sum(x + (b * channels + c) * time, time))
                }
                let mu = Float(sum / Double(count))
                var squares = 0.0
                for b in 0..<batch {
                    squares += Double(
                        VectorSums.centredSquares(x + (b * channels + c) * time, time, centre: mu))
                }
                let biased = squares / Double(count)
                mean[c] = mu
                inverseStd[c] = Float(1 / (biased + Double(epsilon)).squareRoot())
                let unbiased = count > 1 ? squares / Double(count - 1) : biased
                runningMean.scalars[c] = (1 - momentum) * runningMean.scalars[c] + momentum * mu
                runningVariance.scalars[c] =
                    (1 - momentum) * runningVariance.scalars[c] + momentum * Float(unbiased)
            }
        }
    }

    /// ∂L/∂γ += Σ dy·x̂, ∂L/∂β += Σ dy; with batch statistics
    /// dx = γ/(N·σ) · (N·dy − Σdy − x̂·Σ(dy·x̂)), N = batch·time; with running ones dx = γ/σ·dy.
    public func backward(_ outputGradient: Tensor) -> Tensor {
        let batch = input.shape[0]
        let time = input.shape.count == 3 ? input.shape[2] : 1
        let count = Float(batch * time)
        var sumGradient = [Float](repeating: 0, count: channels)
        var sumGradientXhat = [Float](repeating: 0, count: channels)
        input.scalars.withUnsafeBufferPointer { x in
            outputGradient.scalars.withUnsafeBufferPointer { dy in
                guard let x = x.baseAddress, let dy = dy.baseAddress else { return }
                for c in 0..<channels {
                    var sumDy = 0.0
                    var sumDyX = 0.0
                    for b in 0..<batch {
                        let base = (b * channels + c) * time
                        sumDy += Double(VectorSums.sum(dy + base, time))
                        sumDyX += Double(VectorSums.dot(dy + base, x + base, time))
                    }
                    // Σ dy·x̂ = (Σ dy·x − μ·Σ dy)/σ
                    sumGradient[c] = Float(sumDy)
                    sumGradientXhat[c] = Float(sumDyX - Double(mean[c]) * sumDy) * inverseStd[c]
                }
            }
        }
        for c in 0..<channels {
            weight.gradient.scalars[c] += sumGradientXhat[c]
            bias.gradient.scalars[c] += sumGradient[c]
        }
        return Tensor(shape: input.shape) { dx in
            input.scalars.withUnsafeBufferPointer { x in
                outputGradient.scalars.withUnsafeBufferPointer { dy in
                    for b in 0..<batch {
                        for c in 0..<channels {
                            let base = (b &* channels &+ c) &* time
                            let scale = weight.value.scalars[c] * inverseStd[c]
                            if usedBatchStatistics {
                                // dx = scale·(dy − Σdy/N − x̂·Σ(dy·x̂)/N), x̂ = (x − μ)·invσ
                                let meanDy = sumGradient[c] / count
                                let slope = sumGradientXhat[c] / count * inverseStd[c]
                                let mu = mean[c]
                                for t in base..<(base &+ time) {
                                    dx[t] = scale * (dy[t] - meanDy - (x[t] - mu) * slope)
                                }
                            } else {
                                for t in base..<(base &+ time) { dx[t] = scale * dy[t] }
                            }
                        }
                    }
                }
            }
        }
    }
}
