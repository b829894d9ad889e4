/// Rectified linear unit, y = max(0, x), any shape; ∂y/∂x = 1 where x > 0, else 0.
public final class ReLU: Layer {
    private var output = Tensor(shape: [0])  // the last output, same shape as its input

    /// A ReLU (no parameters).
    public init() {}

    /// The layer applied to `input` (see the type's equation); remembers what `backward` needs.
    public func forward(_ input: Tensor, mode: ForwardMode) -> Tensor {
        output = Tensor(shape: input.shape) { y in
            input.scalars.withUnsafeBufferPointer { x in
                for i in 0..<y.count { y[i] = x[i] > 0 ? x[i] : 0 }
            }
        }
        return output
    }

    /// ∂L/∂input from ∂L/∂output of the last forward (see the type's equation).
    public func backward(_ outputGradient: Tensor) -> Tensor {
        Tensor(shape: output.shape) { dx in
            outputGradient.scalars.withUnsafeBufferPointer { dy in
                output.scalars.withUnsafeBufferPointer { y in
                    // dy[i] is read whatever the sign: a load only where y > 0 is a masked load,
                    // which SSE2 lacks, and the x86-64 baseline build would branch per element.
                    for i in 0..<dx.count {
                        let gradient = dy[i]
                        dx[i] = y[i] > 0 ? gradient : 0
                    }
                }
            }
        }
    }
}
