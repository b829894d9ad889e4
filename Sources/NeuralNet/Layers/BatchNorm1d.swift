import NeuralNetKernels

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
///
/// A norm made with `rectifies` is followed by a ReLU computed in the same pass,
/// out = max(0, y), and `forward(_:adding:mode:)` adds a residual first, out = max(0, y + r)
/// (the join of a residual block): one pass over the tensor instead of two or three, rounded
/// exactly as the separate layers round, so the results are the same bits.
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
    /// Whether a ReLU follows in the same pass.
    public let rectifies: Bool
    private var output = Tensor(shape: [0])  // the last output when `rectifies` (ReLU's mask)

    /// γ = 1, β = 0, running mean 0, running variance 1; followed by a fused ReLU when
    /// `rectifies`.
    public init(channels: Int, rectifies: Bool = false) {
        self.channels = channels
        self.rectifies = rectifies
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
        forward(input, adding: nil, mode: mode)
    }

    /// max(0, BN(input) + residual) for a norm that `rectifies` (a residual block's join), or
    /// BN(input) (+ ReLU) when `residual` is nil; `residual` has the input's shape.
    public func forward(_ input: Tensor, adding residual: Tensor?, mode: ForwardMode) -> Tensor {
        precondition(input.shape.count >= 2 && input.shape[1] == channels, "BatchNorm1d shape")
        precondition(
            residual == nil || (rectifies && residual?.shape == input.shape),
            "BatchNorm1d: a residual joins only a rectifying norm, in the input's shape")
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
        let kernels = KernelDispatch.kernels
        let result = Tensor(shape: input.shape) { y in
            input.scalars.withUnsafeBufferPointer { x in
                withScalars(of: residual) { r in
                    guard let x = x.baseAddress, let y = y.baseAddress else { return }
                    forEachSampleRange(batch: batch, time: time) { samples, offset in
                        kernels.scaleChannels(
                            x + offset, into: y + offset, batch: samples.count,
                            channels: channels, time: time, scale: scale, shift: shift,
                            adding: r.map { $0 + offset }, rectify: rectifies)
                    }
                }
            }
        }
        if rectifies { output = result }
        return result
    }

    /// ∂L/∂(BN output + residual) from ∂L/∂out for a norm that `rectifies`: dy where the last
    /// output is > 0, else 0 (what the residual of `forward(_:adding:mode:)` receives). Its
    /// `backward` takes either this or ∂L/∂out itself (masking twice changes nothing).
    public func activationGradient(_ outputGradient: Tensor) -> Tensor {
        precondition(rectifies, "BatchNorm1d.activationGradient: the norm has no ReLU")
        return ReLU.gradient(outputGradient, output: output)
    }

    /// Sets `mean`, `inverseStd` from the batch (μ = Σx/N in Double, rounded to Float, then
    /// σ² = Σ(x − μ)²/N) and moves the running statistics.
    private func updateBatchStatistics(_ input: Tensor, batch: Int, time: Int) {
        let count = batch * time
        var sums = [Double](repeating: 0, count: channels)
        var squares = [Double](repeating: 0, count: channels)
        let kernels = KernelDispatch.kernels
        input.scalars.withUnsafeBufferPointer { x in
            sums.withUnsafeMutableBufferPointer { sums in
                squares.withUnsafeMutableBufferPointer { squares in
                    guard let x = x.baseAddress, let sums = sums.baseAddress,
                        let squares = squares.baseAddress
                    else { return }
                    forEachChannelRange(batch: batch, time: time) { selected in
                        kernels.channelSums(
                            x, mask: nil, times: nil, batch: batch, channels: channels,
                            time: time, selected: selected, sums: sums, products: nil)
                    }
                    mean = (0..<channels).map { Float(sums[$0] / Double(count)) }
                    mean.withUnsafeBufferPointer { centres in
                        guard let centres = centres.baseAddress else { return }
                        forEachChannelRange(batch: batch, time: time) { selected in
                            kernels.channelCentredSquares(
                                x, batch: batch, channels: channels, time: time,
                                selected: selected, centres: centres, squares: squares)
                        }
                    }
                }
            }
        }
        inverseStd = [Float](repeating: 0, count: channels)
        for c in 0..<channels {
            let biased = squares[c] / Double(count)
            inverseStd[c] = Float(1 / (biased + Double(epsilon)).squareRoot())
            let unbiased = count > 1 ? squares[c] / Double(count - 1) : biased
            runningMean.scalars[c] = (1 - momentum) * runningMean.scalars[c] + momentum * mean[c]
            runningVariance.scalars[c] =
                (1 - momentum) * runningVariance.scalars[c] + momentum * Float(unbiased)
        }
    }

    /// ∂L/∂γ += Σ dy·x̂, ∂L/∂β += Σ dy; with batch statistics
    /// dx = γ/(N·σ) · (N·dy − Σdy − x̂·Σ(dy·x̂)), N = batch·time; with running ones dx = γ/σ·dy.
    /// For a norm that `rectifies`, dy is first taken through the ReLU (0 where out = 0), in
    /// the same passes.
    public func backward(_ outputGradient: Tensor) -> Tensor {
        if rectifies && !usedBatchStatistics {
            return normalisationBackward(activationGradient(outputGradient), mask: nil)
        }
        return normalisationBackward(outputGradient, mask: rectifies ? output : nil)
    }

    /// `backward` of the normalisation, dy masked by the ReLU output `mask` when given.
    private func normalisationBackward(_ outputGradient: Tensor, mask: Tensor?) -> Tensor {
        let batch = input.shape[0]
        let time = input.shape.count == 3 ? input.shape[2] : 1
        let count = Float(batch * time)
        var sumDy = [Double](repeating: 0, count: channels)
        var sumDyX = [Double](repeating: 0, count: channels)
        let kernels = KernelDispatch.kernels
        input.scalars.withUnsafeBufferPointer { x in
            outputGradient.scalars.withUnsafeBufferPointer { dy in
                withScalars(of: mask) { y in
                    sumDy.withUnsafeMutableBufferPointer { sumDy in
                        sumDyX.withUnsafeMutableBufferPointer { sumDyX in
                            guard let x = x.baseAddress, let dy = dy.baseAddress,
                                let sumDy = sumDy.baseAddress, let sumDyX = sumDyX.baseAddress
                            else { return }
                            forEachChannelRange(batch: batch, time: time) { selected in
                                kernels.channelSums(
                                    dy, mask: y, times: x, batch: batch, channels: channels,
                                    time: time, selected: selected, sums: sumDy,
                                    products: sumDyX)
                            }
                        }
                    }
                }
            }
        }
        // Σ dy·x̂ = (Σ dy·x − μ·Σ dy)/σ
        let sumGradient = sumDy.map { Float($0) }
        let sumGradientXhat = (0..<channels).map {
            Float(sumDyX[$0] - Double(mean[$0]) * sumDy[$0]) * inverseStd[$0]
        }
        for c in 0..<channels {
            weight.gradient.scalars[c] += sumGradientXhat[c]
            bias.gradient.scalars[c] += sumGradient[c]
        }
        let scale = (0..<channels).map { weight.value.scalars[$0] * inverseStd[$0] }
        // dx = scale·(dy − Σdy/N − x̂·Σ(dy·x̂)/N), x̂ = (x − μ)·invσ
        let meanGradient = sumGradient.map { $0 / count }
        let slope = (0..<channels).map { sumGradientXhat[$0] / count * inverseStd[$0] }
        return Tensor(shape: input.shape) { dx in
            input.scalars.withUnsafeBufferPointer { x in
                outputGradient.scalars.withUnsafeBufferPointer { dy in
                    withScalars(of: mask) { y in
                        guard let x = x.baseAddress, let dy = dy.baseAddress,
                            let dx = dx.baseAddress
                        else { return }
                        forEachSampleRange(batch: batch, time: time) { samples, offset in
                            if usedBatchStatistics {
                                kernels.normalisationGradient(
                                    x: x + offset, dy: dy + offset, mask: y.map { $0 + offset },
                                    into: dx + offset, batch: samples.count, channels: channels,
                                    time: time, scale: scale, meanGradient: meanGradient,
                                    mean: mean, slope: slope)
                            } else {
                                kernels.scaleChannels(
                                    dy + offset, into: dx + offset, batch: samples.count,
                                    channels: channels, time: time, scale: scale, shift: nil,
                                    adding: nil, rectify: false)
                            }
                        }
                    }
                }
            }
        }
    }
}

extension BatchNorm1d {
    /// Calls `body` for parts of the channels, concurrently when the tensor is large: for the
    /// per-channel reductions, whose every channel is summed whole by one call (so the sums do
    /// not depend on the cut).
    func forEachChannelRange(batch: Int, time: Int, _ body: (Range<Int>) -> Void) {
        let perChannel = max(1, batch * time)
        ParallelLoop.forEachPart(of: channels, grain: max(1, ParallelLoop.grain / perChannel), body)
    }

    /// Calls `body(samples, offset)` for parts of the batch (offset: the first sample's first
    /// element), concurrently when the tensor is large: for the element-wise passes.
    func forEachSampleRange(batch: Int, time: Int, _ body: (Range<Int>, Int) -> Void) {
        let perSample = max(1, channels * time)
        ParallelLoop.forEachPart(of: batch, grain: max(1, ParallelLoop.grain / perSample)) {
            samples in
            body(samples, samples.lowerBound * perSample)
        }
    }
}

/// Calls `body` with the elements of `tensor`, or with nil when there is no tensor (an empty
/// array's buffer may still have an address, so an absent tensor is not an empty one).
private func withScalars<Result>(
    of tensor: Tensor?, _ body: (UnsafePointer<Float>?) -> Result
) -> Result {
    guard let tensor else { return body(nil) }
    return tensor.scalars.withUnsafeBufferPointer { body($0.baseAddress) }
}
