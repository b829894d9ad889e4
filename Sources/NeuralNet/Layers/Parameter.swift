/// A trainable tensor with its accumulated gradient.
///
/// A reference type, so the optimiser, the layers and the file writer all see one value.
/// A frozen parameter is skipped by the optimiser (and a frozen BatchNorm also stops updating
/// its running statistics), so fine-tuning leaves it bit-identical.
public final class Parameter {
    /// Current value; its shape is stated where the owning layer declares it.
    public var value: Tensor {
        didSet { version &+= 1 }
    }
    /// Changes with every assignment or mutation of `value`, so layers can tell when a cached
    /// copy of it (packed GEMM panels) is stale.
    public private(set) var version = 0
    /// ∂L/∂value accumulated since the last `zeroGradient()`; same shape as `value`.
    public var gradient: Tensor
    /// When true the optimiser leaves `value` untouched.
    public var isFrozen = false

    /// A parameter starting at `value` with a zero gradient.
    public init(_ value: Tensor) {
        self.value = value
        self.gradient = Tensor(shape: value.shape)
    }

    /// Resets the accumulated gradient to zero.
    public func zeroGradient() {
        gradient.scalars.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
    }
}
