/// Global average pooling over time: y[b, c] = (1/T)·Σ_t x[b, c, t].
/// Shapes: x (batch, channels, time) → y (batch, channels); backward spreads dy/T over time.
public final class GlobalAveragePooling: Layer {
    private var inputShape = [0, 0, 0]  // (batch, channels, time) of the last forward

    /// A pooling stage (no parameters).
    public init() {}

    /// The layer applied to `input` (see the type's equation); remembers what `backward` needs.
    public func forward(_ input: Tensor, mode: ForwardMode) -> Tensor {
        precondition(input.shape.count == 3, "GlobalAveragePooling expects (batch, channels, time)")
        inputShape = input.shape
        let rows = input.shape[0] * input.shape[1]
        let time = input.shape[2]
        var output = Tensor(shape: [input.shape[0], input.shape[1]])
        for r in 0..<rows {
            var sum: Float = 0
            for t in 0..<time { sum += input.scalars[r * time + t] }
            output.scalars[r] = sum / Float(time)
        }
        return output
    }

    /// ∂L/∂input from ∂L/∂output of the last forward (see the type's equation).
    public func backward(_ outputGradient: Tensor) -> Tensor {
        let time = inputShape[2]
        var inputGradient = Tensor(shape: inputShape)
        for r in 0..<(inputShape[0] * inputShape[1]) {
            let g = outputGradient.scalars[r] / Float(time)
            for t in 0..<time { inputGradient.scalars[r * time + t] = g }
        }
        return inputGradient
    }
}
