/// A dense, contiguous, row-major Float32 tensor.
///
/// The last index varies fastest: element `(i0, i1, …, iN)` sits at
/// `Σ_d i_d · Π_{e>d} shape[e]`. Every declaration that holds a tensor states its shape in a
/// comment, e.g. `// (batch, channels, time)`.
public struct Tensor: Sendable, Equatable {
    /// Extent of each dimension, outermost first.
    public private(set) var shape: [Int]
    /// Row-major elements; `scalars.count == shape.reduce(1, *)`.
    public var scalars: [Float]

    /// A tensor of the given shape filled with `value`.
    public init(shape: [Int], repeating value: Float = 0) {
        self.shape = shape
        self.scalars = [Float](repeating: value, count: shape.reduce(1, *))
    }

    /// A tensor of the given shape holding `scalars` in row-major order.
    /// - Precondition: `scalars.count` equals the product of `shape`.
    public init(shape: [Int], scalars: [Float]) {
        precondition(
            scalars.count == shape.reduce(1, *),
            "Tensor: \(scalars.count) scalars do not fill shape \(shape)")
        self.shape = shape
        self.scalars = scalars
    }

    /// Number of elements.
    public var count: Int { scalars.count }

    /// The same elements seen with another shape of equal element count.
    public func reshaped(_ newShape: [Int]) -> Tensor {
        Tensor(shape: newShape, scalars: scalars)
    }

    /// Rows `range` of the outermost dimension (for a batch-first tensor: a sub-batch).
    public func slicingBatch(_ range: Range<Int>) -> Tensor {
        let stride = shape.dropFirst().reduce(1, *)
        var newShape = shape
        newShape[0] = range.count
        return Tensor(
            shape: newShape,
            scalars: Array(scalars[(range.lowerBound * stride)..<(range.upperBound * stride)]))
    }

    /// The samples at `indices` of the outermost dimension, in that order (a mini-batch).
    public func gatheringBatch(_ indices: [Int]) -> Tensor {
        let stride = shape.dropFirst().reduce(1, *)
        var newShape = shape
        newShape[0] = indices.count
        var gathered = [Float]()
        gathered.reserveCapacity(indices.count * stride)
        for index in indices {
            gathered.append(contentsOf: scalars[(index * stride)..<((index + 1) * stride)])
        }
        return Tensor(shape: newShape, scalars: gathered)
    }
}

extension Tensor {
    /// A tensor of the given shape whose every element `initialise` writes (no zero fill first;
    /// for kernels that overwrite their whole output).
    init(shape: [Int], initialisingWith initialise: (UnsafeMutableBufferPointer<Float>) -> Void) {
        let count = shape.reduce(1, *)
        self.shape = shape
        self.scalars = [Float](unsafeUninitializedCapacity: count) { buffer, initialised in
            initialise(buffer)
            initialised = count
        }
    }
}
