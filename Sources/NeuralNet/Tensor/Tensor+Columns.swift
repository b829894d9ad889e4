extension Tensor {
    /// Columns `range` of a matrix (rows, columns): the (rows, range.count) block.
    /// The heads of a multi-output network are read this way, e.g. logits = output[:, 0..<4].
    public func slicingColumns(_ range: Range<Int>) -> Tensor {
        precondition(shape.count == 2, "slicingColumns needs a matrix, got shape \(shape)")
        let rows = shape[0]
        let columns = shape[1]
        var block = Tensor(shape: [rows, range.count])
        for row in 0..<rows {
            for column in range {
                block.scalars[row * range.count + column - range.lowerBound] =
                    scalars[row * columns + column]
            }
        }
        return block
    }

    /// Adds `block` (rows, range.count) into columns `range` of this matrix (rows, columns):
    /// the adjoint of `slicingColumns`, used to assemble the gradient of a multi-part loss.
    public mutating func addColumns(_ block: Tensor, at range: Range<Int>) {
        precondition(shape.count == 2 && block.shape == [shape[0], range.count])
        let columns = shape[1]
        for row in 0..<shape[0] {
            for column in range {
                scalars[row * columns + column] +=
                    block.scalars[row * range.count + column - range.lowerBound]
            }
        }
    }

    /// Concatenation of matrices (batch, a_i) along the feature axis into (batch, Σ a_i).
    public static func concatenatingColumns(_ parts: [Tensor]) -> Tensor {
        let rows = parts.first?.shape[0] ?? 0
        let widths = parts.map { $0.shape[1] }
        let total = widths.reduce(0, +)
        var joined = Tensor(shape: [rows, total])
        var offset = 0
        for part in parts {
            precondition(
                part.shape.count == 2 && part.shape[0] == rows, "concatenation rows differ")
            joined.addColumns(part, at: offset..<(offset + part.shape[1]))
            offset += part.shape[1]
        }
        return joined
    }
}
