/// Rectified linear unit, y = max(0, x), any shape; ∂y/∂x = 1 where x > 0, else 0.
public final class ReLU: Layer {
    private var output = Tensor(shape: [0])  // the last output, same shape as its input

    /// A ReLU (no parameters).
    public init() {}

    public func forward(_ input: Tensor, mode: ForwardMode) -> Tensor {
        var result = input
        result.scalars.withUnsafeMutableBufferPointer { y in
            for i in 0..<y.count where y[i] < 0 { y[i] = 0 }
        }
        output = result
        return result
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        var inputGradient = outputGradient
        inputGradient.scalars.withUnsafeMutableBufferPointer { dx in
            output.scalars.withUnsafeBufferPointer { y in
                for i in 0..<dx.count where !(y[i] > 0) { dx[i] = 0 }
            }
        }
        return inputGradient
    }
}
