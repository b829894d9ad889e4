/// The scalars of one Adam/AdamW step (Kingma & Ba 2015; Loshchilov & Hutter 2019), as
/// `KernelVariant.adamStep` applies them to every element, in PyTorch's arithmetic:
///
///     g ← ∇θ (+ λ·θ for Adam's L2 decay)        θ ← θ·(1 − η·λ) first for AdamW
///     m ← β₁·m + (1 − β₁)·g,   v ← β₂·v + (1 − β₂)·g²
///     θ ← θ − stepSize · m / (√v / correction2Root + ε)
///
/// with stepSize = η/(1 − β₁ᵗ) and correction2Root = √(1 − β₂ᵗ) at step t.
public struct AdamStep: Sendable {
    /// β₁, the first-moment decay.
    public var beta1: Float
    /// β₂, the second-moment decay.
    public var beta2: Float
    /// ε added to the root of the second moment.
    public var epsilon: Float
    /// η, the learning rate.
    public var learningRate: Float
    /// λ, the weight decay (0: none).
    public var weightDecay: Float
    /// True: AdamW's decoupled decay; false: Adam's L2 term in the gradient.
    public var decoupled: Bool
    /// η/(1 − β₁ᵗ).
    public var stepSize: Float
    /// √(1 − β₂ᵗ).
    public var correction2Root: Float

    /// A step from its scalars.
    @inlinable
    public init(
        beta1: Float, beta2: Float, epsilon: Float, learningRate: Float, weightDecay: Float,
        decoupled: Bool, stepSize: Float, correction2Root: Float
    ) {
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.learningRate = learningRate
        self.weightDecay = weightDecay
        self.decoupled = decoupled
        self.stepSize = stepSize
        self.correction2Root = correction2Root
    }
}
