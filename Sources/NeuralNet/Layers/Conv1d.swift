import NeuralNetKernels

/// One-dimensional convolution over time, stride 1, 'same' padding:
///
///     y[b, o, t] = bias[o] + Σ_c Σ_j W[o, c, j] · x[b, c, t + j − padLeft]   (x = 0 outside)
///
/// with padLeft = ⌊(k−1)/2⌋ and padRight = k−1−padLeft (k = 8: 3 left, 4 right, as Keras/TF and
/// PyTorch `padding="same"`). This is cross-correlation, as in every deep-learning library.
/// Shapes: x (batch, inChannels, time) → y (batch, outChannels, time);
/// `weight` (outChannels, inChannels, kernelSize), `bias` (outChannels).
///
/// Computed as GEMMs over groups of samples whose time axes are laid side by side: with the
/// im2col matrix X (inChannels·k, group·time), X[(c, j), (s, t)] = x[s, c, t + j − padLeft],
///     Y = W·X,   ∂L/∂W = Σ_groups ∂Y·Xᵀ,   ∂L/∂X = Wᵀ·∂Y  (then scattered back, col2im).
/// X is never stored: the GEMM packs its panels straight from x (the packers of
/// `KernelVariant+Convolution`, in the kernel variant `KernelDispatch` chose).
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
    private var weightPanels: PackedPanels?  // W (outChannels, patchRows) as GEMM A panels
    private var transposedWeightPanels: PackedPanels?  // Wᵀ (patchRows, outChannels)

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

    /// `weight` and `bias`, in file order.
    public var namedParameters: [(name: String, parameter: Parameter)] {
        [("weight", weight), ("bias", bias)]
    }

    /// Rows of the im2col matrix: inChannels·kernelSize.
    var patchRows: Int { inChannels * kernelSize }

    /// The layer's geometry for the packers, for the group of samples starting at `firstSample`.
    func shape(time: Int, firstSample: Int) -> ConvolutionShape {
        ConvolutionShape(
            inChannels: inChannels, outChannels: outChannels, kernelSize: kernelSize,
            padLeft: padLeft, time: time, firstSample: firstSample)
    }

    /// The sample ranges of a pass: a fixed split of the batch into chunks (the backward pass
    /// sums each chunk's ∂W privately, then the chunks in order), each cut into groups of about
    /// 1024 time columns (bounded scratch, weights packed once per group). The forward pass,
    /// which sums nothing across groups, hands out the groups themselves.
    static func groups(batch: Int, time: Int) -> [[Range<Int>]] {
        let count = min(batch, ParallelLoop.batchChunks)
        let perGroup = max(1, 1024 / max(1, time))
        return (0..<count).map { chunk in
            let samples = (chunk * batch / count)..<((chunk + 1) * batch / count)
            return stride(from: samples.lowerBound, to: samples.upperBound, by: perGroup).map {
                $0..<min($0 + perGroup, samples.upperBound)
            }
        }
    }

    /// The layer applied to `input` (see the type's equation); remembers what `backward` needs.
    public func forward(_ input: Tensor, mode: ForwardMode) -> Tensor {
        precondition(
            input.shape.count == 3 && input.shape[1] == inChannels,
            "Conv1d expects (batch, \(inChannels), time), got \(input.shape)")
        self.input = input
        let (batch, time) = (input.shape[0], input.shape[2])
        let groups = Self.groups(batch: batch, time: time).flatMap { $0 }
        let rows = patchRows
        let panels = packedWeights(transposed: false)
        let kernels = KernelDispatch.kernels
        return Tensor(shape: [batch, outChannels, time]) { y in
            input.scalars.withUnsafeBufferPointer { x in
                weight.value.scalars.withUnsafeBufferPointer { w in
                    guard let x = x.baseAddress, let w = w.baseAddress, let y = y.baseAddress
                    else { return }
                    ParallelLoop.forEach(groups.count) { index in
                        let group = groups[index]
                        let columns = group.count * time
                        let scratch = UnsafeMutablePointer<Float>.allocate(
                            capacity: outChannels * columns)
                        defer { scratch.deallocate() }
                        GEMM.blocked(
                            m: outChannels, n: columns, k: rows,
                            packA: { block, depth, into in
                                panels.panel(
                                    rows: block, depth: depth, scratch: into, a: w,
                                    kernels: kernels)
                            },
                            packB: { depth, span, into in
                                kernels.packPatches(
                                    shape(time: time, firstSample: group.lowerBound), x: x,
                                    patchRows: depth, columns: span, into: into)
                            },
                            c: scratch, ldc: columns, accumulate: false,
                            parallel: groups.count == 1)
                        bias.value.scalars.withUnsafeBufferPointer { b in
                            guard let b = b.baseAddress else { return }
                            kernels.scatterAddingBias(
                                scratch, bias: b, outChannels: outChannels,
                                firstSample: group.lowerBound, samples: group.count,
                                time: time, into: y)
                        }
                    }
                }
            }
        }
    }

    /// ∂L/∂W += ∂Y·Xᵀ and ∂L/∂b += Σ ∂Y per chunk into private sums added in chunk order
    /// (deterministic); ∂L/∂X = Wᵀ·∂Y scattered back to ∂L/∂x by col2im.
    public func backward(_ outputGradient: Tensor) -> Tensor {
        let (batch, time) = (input.shape[0], input.shape[2])
        let rows = patchRows
        let chunks = Self.groups(batch: batch, time: time)
        let weightCount = outChannels * rows
        // (chunks, outChannels·inChannels·kernelSize + outChannels): private ∂W, ∂b per chunk,
        // each written whole by its chunk (∂W by its first GEMM, ∂b zeroed first).
        let stride = weightCount + outChannels
        let partial = UnsafeMutablePointer<Float>.allocate(capacity: chunks.count * stride)
        defer { partial.deallocate() }
        let panels = packedWeights(transposed: true)
        let kernels = KernelDispatch.kernels
        let inputGradient = Tensor(shape: input.shape) { dx in
            input.scalars.withUnsafeBufferPointer { x in
                weight.value.scalars.withUnsafeBufferPointer { w in
                    outputGradient.scalars.withUnsafeBufferPointer { dy in
                        guard let x = x.baseAddress, let w = w.baseAddress,
                            let dy = dy.baseAddress, let dx = dx.baseAddress
                        else { return }
                        ParallelLoop.forEach(chunks.count) { chunk in
                            backwardChunk(
                                chunks[chunk], x: x, w: w, dy: dy, dx: dx, time: time,
                                weightGradient: partial + chunk * stride, panels: panels,
                                kernels: kernels, parallel: chunks.count == 1)
                        }
                    }
                }
            }
        }
        // Every element gets the chunks' sums in chunk order, however the elements are cut.
        weight.gradient.scalars.withUnsafeMutableBufferPointer { dw in
            bias.gradient.scalars.withUnsafeMutableBufferPointer { db in
                guard let dw = dw.baseAddress, let db = db.baseAddress else { return }
                ParallelLoop.forEachPart(of: weightCount, grain: ParallelLoop.grain) { part in
                    for chunk in 0..<chunks.count {
                        kernels.accumulate(
                            partial + chunk * stride + part.lowerBound,
                            into: dw + part.lowerBound, count: part.count)
                    }
                }
                for chunk in 0..<chunks.count {
                    kernels.accumulate(
                        partial + chunk * stride + weightCount, into: db, count: outChannels)
                }
            }
        }
        return inputGradient
    }

    /// One chunk of `backward`: `weightGradient` receives ∂W (outChannels, rows) then ∂b;
    /// `kernels` is the build the caller's thread uses.
    private func backwardChunk(
        _ groups: [Range<Int>], x: UnsafePointer<Float>, w: UnsafePointer<Float>,
        dy: UnsafePointer<Float>, dx: UnsafeMutablePointer<Float>, time: Int,
        weightGradient: UnsafeMutablePointer<Float>, panels: PackedPanels,
        kernels: any KernelVariant.Type, parallel: Bool
    ) {
        let rows = patchRows
        let biasGradient = weightGradient + outChannels * rows
        biasGradient.update(repeating: 0, count: outChannels)
        for (index, group) in groups.enumerated() {
            let columns = group.count * time
            let shape = shape(time: time, firstSample: group.lowerBound)
            GEMM.blocked(
                m: outChannels, n: rows, k: columns,
                packA: { outputs, span, into in
                    kernels.packOutputGradientRows(
                        shape, dy: dy, outputs: outputs, columns: span, into: into)
                    return UnsafePointer(into)
                },
                packB: { span, patch, into in
                    kernels.packPatchesTransposed(
                        shape, x: x, columns: span, patchRows: patch, into: into)
                },
                c: weightGradient, ldc: rows, accumulate: index > 0, parallel: parallel)
            let scratch = UnsafeMutablePointer<Float>.allocate(capacity: rows * columns)
            defer { scratch.deallocate() }
            GEMM.blocked(
                m: rows, n: columns, k: outChannels,
                packA: { block, depth, into in
                    panels.panel(
                        rows: block, depth: depth, scratch: into, a: w, kernels: kernels)
                },
                packB: { outputs, span, into in
                    kernels.packOutputGradient(
                        shape, dy: dy, outputs: outputs, columns: span, into: into)
                },
                c: scratch, ldc: columns, accumulate: false, parallel: parallel)
            for sample in group {
                let dySample = dy + sample * outChannels * time
                for o in 0..<outChannels {
                    biasGradient[o] += kernels.sum(dySample + o * time, time)
                }
                kernels.col2im(
                    scratch + (sample - group.lowerBound) * time, ldc: columns,
                    inChannels: inChannels, kernelSize: kernelSize, padLeft: padLeft, time: time,
                    into: dx + sample * inChannels * time)
            }
        }
    }

    /// W (or Wᵀ) packed as GEMM A panels, re-packed only when the weights have changed.
    private func packedWeights(transposed: Bool) -> PackedPanels {
        let cached = transposed ? transposedWeightPanels : weightPanels
        if let cached, cached.version == weight.version { return cached }
        let rows = patchRows
        let panels = weight.value.scalars.withUnsafeBufferPointer { w in
            PackedPanels(
                a: w, lda: rows,
                transposed: transposed, m: transposed ? rows : outChannels,
                k: transposed ? outChannels : rows, version: weight.version)
        }
        if transposed { transposedWeightPanels = panels } else { weightPanels = panels }
        return panels
    }
}
