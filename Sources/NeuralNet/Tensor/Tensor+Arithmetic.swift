extension Tensor {
    /// Elementwise sum of two tensors of equal shape (the join of a residual connection).
    public static func + (lhs: Tensor, rhs: Tensor) -> Tensor {
        precondition(lhs.shape == rhs.shape, "Tensor +: shapes \(lhs.shape) and \(rhs.shape)")
        return Tensor(shape: lhs.shape) { sum in
            lhs.scalars.withUnsafeBufferPointer { a in
                rhs.scalars.withUnsafeBufferPointer { b in
                    for i in 0..<sum.count { sum[i] = a[i] + b[i] }
                }
            }
        }
    }

    /// Sum of squares of the elements, accumulated in Double.
    public var squaredNorm: Double {
        scalars.reduce(0) { $0 + Double($1) * Double($1) }
    }
}
