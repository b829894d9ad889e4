/// Inverted dropout: in training y = x·mᵢ/(1 − p) with mᵢ ~ Bernoulli(1 − p) drawn from the
/// layer's own seeded generator (reproducible); identity in inference. Any shape.
public final class Dropout: Layer {
    /// Probability of zeroing an element.
    public let probability: Float
    private var rng: SplitMix64
    private var mask = [Float]()  // scale per element of the last training forward (0 or 1/(1−p))

    /// Dropout with drop probability `probability`, masks drawn from `seed`.
    public init(probability: Float, seed: UInt64) {
        self.probability = probability
        rng = SplitMix64(seed: seed)
    }

    /// The layer applied to `input` (see the type's equation); remembers what `backward` needs.
    public func forward(_ input: Tensor, mode: ForwardMode) -> Tensor {
        guard mode == .training && probability > 0 else {
            mask = []
            return input
        }
        let keep = 1 / (1 - probability)
        mask = (0..<input.count).map { _ in
            rng.nextUniform(in: 0..<1) < probability ? 0 : keep
        }
        var output = input
        for i in 0..<output.count { output.scalars[i] *= mask[i] }
        return output
    }

    /// ∂L/∂input from ∂L/∂output of the last forward (see the type's equation).
    public func backward(_ outputGradient: Tensor) -> Tensor {
        if mask.isEmpty { return outputGradient }
        var inputGradient = outputGradient
        for i in 0..<inputGradient.count { inputGradient.scalars[i] *= mask[i] }
        return inputGradient
    }
}
