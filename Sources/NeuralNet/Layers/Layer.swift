/// A differentiable network stage with its own trainable parameters.
///
/// `forward` remembers what `backward` needs (the input or output of the last call), so calls
/// pair up: forward, then backward with ∂L/∂output of the same shape. `backward` *adds*
/// ∂L/∂θ into each parameter's `gradient` and returns ∂L/∂input.
public protocol Layer: AnyObject {
    /// Trainable parameters with names local to the layer (`weight`, `bias`), in file order.
    var namedParameters: [(name: String, parameter: Parameter)] { get }
    /// Output for `input`; in `.training` mode batch statistics and dropout masks are used.
    func forward(_ input: Tensor, mode: ForwardMode) -> Tensor
    /// ∂L/∂input from ∂L/∂output; accumulates ∂L/∂θ.
    func backward(_ outputGradient: Tensor) -> Tensor
}

extension Layer {
    /// Layers without parameters have none to list.
    public var namedParameters: [(name: String, parameter: Parameter)] { [] }
}
