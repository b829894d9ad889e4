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
        return Tensor(shape: [input.shape[0], input.shape[1]]) { y in
            input.scalars.withUnsafeBufferPointer { x in
                guard let x = x.baseAddress, let y = y.baseAddress else { return }
                let grain = max(1, ParallelLoop.grain / max(1, time))
                ParallelLoop.forEachPart(of: rows, grain: grain) { part in
                    for r in part {
                        // Summed in order (not in vector lanes), as trained models were.
                        var sum: Float = 0
                        let row = x + r &* time
                        for t in 0..<time { sum += row[t] }
                        y[r] = sum / Float(time)
                    }
                }
            }
        }
    }

    /// ∂L/∂input from ∂L/∂output of the last forward (see the type's equation).
    public func backward(_ outputGradient: Tensor) -> Tensor {
        let time = inputShape[2]
        let rows = inputShape[0] * inputShape[1]
        return Tensor(shape: inputShape) { dx in
            outputGradient.scalars.withUnsafeBufferPointer { dy in
                guard let dy = dy.baseAddress, let dx = dx.baseAddress else { return }
                let grain = max(1, ParallelLoop.grain / max(1, time))
                ParallelLoop.forEachPart(of: rows, grain: grain) { part in
                    for r in part {
                        (dx + r &* time).update(repeating: dy[r] / Float(time), count: time)
                    }
                }
            }
        }
    }
}
