/// One-dimensional convolution over time, stride 1, 'same' padding:
///
///     y[b, o, t] = bias[o] + Σ_c Σ_j W[o, c, j] · x[b, c, t + j − padLeft]   (x = 0 outside)
///
/// with padLeft = ⌊(k−1)/2⌋ and padRight = k−1−padLeft (k = 8: 3 left, 4 right, as Keras/TF and
/// PyTorch `padding="same"`). This is cross-correlation, as in every deep-learning library.
/// Shapes: x (batch, inChannels, time) → y (batch, outChannels, time);
/// `weight` (outChannels, inChannels, kernelSize), `bias` (outChannels).
/// Computed per sample as im2col + GEMM: cols (inChannels·k, time) and y_b = W·cols.
public final class Conv1d: Layer {
    /// (outChannels, inChannels, kernelSize)
    public let weight: Parameter
    /// (outChannels)
    public let bias: Parameter
    /// Input channels.
    public let inChannels: Int
    /// Output channels (filters).
    public let outChannels: Int
    /// Taps per filter.
    public let kernelSize: Int
    /// Zeros added before the first time step.
    public var padLeft: Int { (kernelSize - 1) / 2 }
    var input = Tensor(shape: [0])  // (batch, inChannels, time) of the last forward

    /// A layer initialised as PyTorch does (U(±1/√(inChannels·kernelSize))).
    public init(inChannels: Int, outChannels: Int, kernelSize: Int, rng: inout SplitMix64) {
        self.inChannels = inChannels
        self.outChannels = outChannels
        self.kernelSize = kernelSize
        let fanIn = inChannels * kernelSize
        weight = Parameter(
            Tensor(
                shape: [outChannels, inChannels, kernelSize],
                scalars: Initialisation.uniform(
                    count: outChannels * fanIn, fanIn: fanIn, rng: &rng)))
        bias = Parameter(
            Tensor(
                shape: [outChannels],
                scalars: Initialisation.uniform(count: outChannels, fanIn: fanIn, rng: &rng)))
    }

    public var namedParameters: [(name: String, parameter: Parameter)] {
        [("weight", weight), ("bias", bias)]
    }

    /// The sample ranges processed concurrently: a fixed split of the batch.
    static func chunks(batch: Int) -> [Range<Int>] {
        let count = min(batch, ParallelLoop.batchChunks)
        return (0..<count).map { c in (c * batch / count)..<((c + 1) * batch / count) }
    }

    public func forward(_ input: Tensor, mode: ForwardMode) -> Tensor {
        precondition(
            input.shape.count == 3 && input.shape[1] == inChannels,
            "Conv1d expects (batch, \(inChannels), time), got \(input.shape)")
        self.input = input
        let batch = input.shape[0]
        let time = input.shape[2]
        let rows = inChannels * kernelSize
        let chunks = Self.chunks(batch: batch)
        return Tensor(shape: [batch, outChannels, time]) { y in
        input.scalars.withUnsafeBufferPointer { x in
            weight.value.scalars.withUnsafeBufferPointer { w in
                bias.value.scalars.withUnsafeBufferPointer { b in
                        guard let x = x.baseAddress, let w = w.baseAddress,
                            let b = b.baseAddress, let y = y.baseAddress
                        else { return }
                        ParallelLoop.forEach(chunks.count) { chunk in
                            let cols = UnsafeMutablePointer<Float>.allocate(capacity: rows * time)
                            defer { cols.deallocate() }
                            for sample in chunks[chunk] {
                                let ySample = y + sample * outChannels * time
                                im2col(x + sample * inChannels * time, time: time, into: cols)
                                GEMM.blocked(
                                    m: outChannels, n: time, k: rows, a: w, lda: rows,
                                    transposeA: false, b: cols, ldb: time, transposeB: false,
                                    c: ySample, ldc: time, accumulate: false,
                                    parallel: chunks.count == 1)
                                for o in 0..<outChannels {
                                    let row = ySample + o * time
                                    for t in 0..<time { row[t] += b[o] }
                                }
                            }
                        }
                }
            }
        }
        }
    }

    /// Per sample: ∂L/∂W += dy_b·colsᵀ, ∂L/∂b += Σ_t dy_b, ∂L/∂cols = Wᵀ·dy_b scattered back by
    /// col2im. Chunks accumulate privately and are summed in chunk order (deterministic).
    public func backward(_ outputGradient: Tensor) -> Tensor {
        let batch = input.shape[0]
        let time = input.shape[2]
        let rows = inChannels * kernelSize
        let chunks = Self.chunks(batch: batch)
        let weightCount = outChannels * rows
        // (chunks, outChannels·inChannels·kernelSize + outChannels): private ∂W, ∂b per chunk.
        var partial = [Float](repeating: 0, count: chunks.count * (weightCount + outChannels))
        let inputGradient = Tensor(shape: input.shape) { dx in
        input.scalars.withUnsafeBufferPointer { x in
            weight.value.scalars.withUnsafeBufferPointer { w in
                outputGradient.scalars.withUnsafeBufferPointer { dy in
                        partial.withUnsafeMutableBufferPointer { partial in
                            guard let x = x.baseAddress, let w = w.baseAddress,
                                let dy = dy.baseAddress, let dx = dx.baseAddress,
                                let partial = partial.baseAddress
                            else { return }
                            ParallelLoop.forEach(chunks.count) { chunk in
                                let dW = partial + chunk * (weightCount + outChannels)
                                let dB = dW + weightCount
                                let cols = UnsafeMutablePointer<Float>.allocate(
                                    capacity: rows * time)
                                defer { cols.deallocate() }
                                for sample in chunks[chunk] {
                                    let dySample = dy + sample * outChannels * time
                                    im2col(x + sample * inChannels * time, time: time, into: cols)
                                    GEMM.blocked(
                                        m: outChannels, n: rows, k: time, a: dySample, lda: time,
                                        transposeA: false, b: cols, ldb: time, transposeB: true,
                                        c: dW, ldc: rows, accumulate: true,
                                        parallel: chunks.count == 1)
                                    for o in 0..<outChannels {
                                        let row = dySample + o * time
                                        var sum: Float = 0
                                        for t in 0..<time { sum += row[t] }
                                        dB[o] += sum
                                    }
                                    GEMM.blocked(
                                        m: rows, n: time, k: outChannels, a: w, lda: rows,
                                        transposeA: true, b: dySample, ldb: time,
                                        transposeB: false, c: cols, ldc: time, accumulate: false,
                                        parallel: chunks.count == 1)
                                    col2im(cols, time: time, into: dx + sample * inChannels * time)
                                }
                            }
                        }
                }
            }
        }
        }
        for chunk in 0..<chunks.count {
            let base = chunk * (weightCount + outChannels)
            for i in 0..<weightCount { weight.gradient.scalars[i] += partial[base + i] }
            for o in 0..<outChannels {
                bias.gradient.scalars[o] += partial[base + weightCount + o]
            }
        }
        return inputGradient
    }

    /// cols[(c·k + j), t] = x[c, t + j − padLeft], zero outside [0, time).
    /// `x` is one sample (inChannels, time); `cols` is (inChannels·kernelSize, time).
    func im2col(_ x: UnsafePointer<Float>, time: Int, into cols: UnsafeMutablePointer<Float>) {
        for c in 0..<inChannels {
            for j in 0..<kernelSize {
                let shift = j - padLeft
                let row = cols + (c * kernelSize + j) * time
                let source = x + c * time
                let first = max(0, -shift)
                let last = min(time, time - shift)
                for t in 0..<first { row[t] = 0 }
                if last > first {
                    (row + first).update(from: source + first + shift, count: last - first)
                }
                for t in max(first, last)..<time { row[t] = 0 }
            }
        }
    }

    /// Adjoint of `im2col`: dx[c, t + j − padLeft] += dcols[(c·k + j), t] (dx overwritten first).
    func col2im(_ cols: UnsafePointer<Float>, time: Int, into dx: UnsafeMutablePointer<Float>) {
        dx.update(repeating: 0, count: inChannels * time)
        for c in 0..<inChannels {
            for j in 0..<kernelSize {
                let shift = j - padLeft
                let row = cols + (c * kernelSize + j) * time
                let target = dx + c * time
                let first = max(0, -shift)
                let last = min(time, time - shift)
                var t = first
                while t < last {
                    target[t &+ shift] += row[t]
                    t &+= 1
                }
            }
        }
    }
}
