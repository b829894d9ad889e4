import NeuralNetKernels

/// Rectified linear unit, y = max(0, x), any shape; ∂y/∂x = 1 where x > 0, else 0.
public final class ReLU: Layer {
    private var output = Tensor(shape: [0])  // the last output, same shape as its input

    /// A ReLU (no parameters).
    public init() {}

    /// The layer applied to `input` (see the type's equation); remembers what `backward` needs.
    public func forward(_ input: Tensor, mode: ForwardMode) -> Tensor {
        let kernels = KernelDispatch.kernels
        output = Tensor(shape: input.shape) { y in
            input.scalars.withUnsafeBufferPointer { x in
                guard let x = x.baseAddress, let y = y.baseAddress else { return }
                ParallelLoop.forEachPart(of: input.count, grain: ParallelLoop.grain) { part in
                    kernels.rectify(
                        x + part.lowerBound, into: y + part.lowerBound, count: part.count)
                }
            }
        }
        return output
    }

    /// ∂L/∂input from ∂L/∂output of the last forward (see the type's equation).
    public func backward(_ outputGradient: Tensor) -> Tensor {
        Self.gradient(outputGradient, output: output)
    }

    /// ∂L/∂x = ∂L/∂y where y > 0, else 0, for a ReLU whose output was `output`.
    static func gradient(_ outputGradient: Tensor, output: Tensor) -> Tensor {
        let kernels = KernelDispatch.kernels
        return Tensor(shape: output.shape) { dx in
            outputGradient.scalars.withUnsafeBufferPointer { dy in
                output.scalars.withUnsafeBufferPointer { y in
                    guard let dy = dy.baseAddress, let y = y.baseAddress, let dx = dx.baseAddress
                    else { return }
                    ParallelLoop.forEachPart(of: output.count, grain: ParallelLoop.grain) {
                        part in
                        let start = part.lowerBound
                        kernels.rectifierGradient(
                            output: y + start, dy: dy + start, into: dx + start,
                            count: part.count)
                    }
                }
            }
        }
    }
}
