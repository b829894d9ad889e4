/// Fully connected layer: y = x·Wᵀ + b.
///
/// Shapes: x (batch, inFeatures) → y (batch, outFeatures);
/// `weight` (outFeatures, inFeatures), `bias` (outFeatures) — PyTorch's `nn.Linear` layout.
public final class Linear: Layer {
    /// (outFeatures, inFeatures)
    public let weight: Parameter
    /// (outFeatures)
    public let bias: Parameter
    /// Input width.
    public let inFeatures: Int
    /// Output width.
    public let outFeatures: Int
    private var input = Tensor(shape: [0])  // (batch, inFeatures) of the last forward

    /// A layer initialised as PyTorch does (U(±1/√inFeatures)).
    public init(inFeatures: Int, outFeatures: Int, rng: inout SplitMix64) {
        self.inFeatures = inFeatures
        self.outFeatures = outFeatures
        weight = Parameter(
            Tensor(
                shape: [outFeatures, inFeatures],
                scalars: Initialisation.uniform(
                    count: outFeatures * inFeatures, fanIn: inFeatures, rng: &rng)))
        bias = Parameter(
            Tensor(
                shape: [outFeatures],
                scalars: Initialisation.uniform(count: outFeatures, fanIn: inFeatures, rng: &rng)))
    }

    /// `weight` and `bias`, in file order.
    public var namedParameters: [(name: String, parameter: Parameter)] {
        [("weight", weight), ("bias", bias)]
    }

    /// y[b, o] = Σ_i x[b, i]·W[o, i] + bias[o].
    public func forward(_ input: Tensor, mode: ForwardMode) -> Tensor {
        precondition(input.shape.count == 2 && input.shape[1] == inFeatures, "Linear input shape")
        self.input = input
        let batch = input.shape[0]
        var output = Tensor(shape: [batch, outFeatures])
        GEMM.blocked(
            m: batch, n: outFeatures, k: inFeatures, a: input.scalars, lda: inFeatures,
            transposeA: false, b: weight.value.scalars, ldb: inFeatures, transposeB: true,
            c: &output.scalars, ldc: outFeatures, accumulate: false)
        output.scalars.withUnsafeMutableBufferPointer { out in
            bias.value.scalars.withUnsafeBufferPointer { b in
                for row in 0..<batch {
                    for o in 0..<outFeatures { out[row &* outFeatures &+ o] += b[o] }
                }
            }
        }
        return output
    }

    /// ∂L/∂W += dyᵀ·x, ∂L/∂b += Σ_batch dy, ∂L/∂x = dy·W.
    public func backward(_ outputGradient: Tensor) -> Tensor {
        let batch = input.shape[0]
        GEMM.blocked(
            m: outFeatures, n: inFeatures, k: batch, a: outputGradient.scalars, lda: outFeatures,
            transposeA: true, b: input.scalars, ldb: inFeatures, transposeB: false,
            c: &weight.gradient.scalars, ldc: inFeatures, accumulate: true)
        for row in 0..<batch {
            for o in 0..<outFeatures {
                bias.gradient.scalars[o] += outputGradient.scalars[row * outFeatures + o]
            }
        }
        var inputGradient = Tensor(shape: [batch, inFeatures])
        GEMM.blocked(
            m: batch, n: inFeatures, k: outFeatures, a: outputGradient.scalars, lda: outFeatures,
            transposeA: false, b: weight.value.scalars, ldb: inFeatures, transposeB: false,
            c: &inputGradient.scalars, ldc: inFeatures, accumulate: false)
        return inputGradient
    }
}
