extension Tensor {
    /// Elementwise sum of two tensors of equal shape (the join of a residual connection).
    public static func + (lhs: Tensor, rhs: Tensor) -> Tensor {
        precondition(lhs.shape == rhs.shape, "Tensor +: shapes \(lhs.shape) and \(rhs.shape)")
        var sum = lhs
        sum.scalars.withUnsafeMutableBufferPointer { out in
            rhs.scalars.withUnsafeBufferPointer { add in
                for i in 0..<out.count { out[i] += add[i] }
            }
        }
        return sum
    }

    /// Sum of squares of the elements, accumulated in Double.
    public var squaredNorm: Double {
        scalars.reduce(0) { $0 + Double($1) * Double($1) }
    }
}
