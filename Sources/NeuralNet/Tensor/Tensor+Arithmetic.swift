import NeuralNetKernels

extension Tensor {
    /// Elementwise sum of two tensors of equal shape (the join of a residual connection).
    public static func + (lhs: Tensor, rhs: Tensor) -> Tensor {
        precondition(lhs.shape == rhs.shape, "Tensor +: shapes \(lhs.shape) and \(rhs.shape)")
        let kernels = KernelDispatch.kernels
        return Tensor(shape: lhs.shape) { sum in
            lhs.scalars.withUnsafeBufferPointer { a in
                rhs.scalars.withUnsafeBufferPointer { b in
                    guard let a = a.baseAddress, let b = b.baseAddress, let sum = sum.baseAddress
                    else { return }
                    ParallelLoop.forEachPart(of: lhs.count, grain: ParallelLoop.grain) { part in
                        let start = part.lowerBound
                        kernels.add(a + start, b + start, into: sum + start, count: part.count)
                    }
                }
            }
        }
    }

    /// Sum of squares of the elements, accumulated in Double.
    public var squaredNorm: Double {
        scalars.reduce(0) { $0 + Double($1) * Double($1) }
    }
}
