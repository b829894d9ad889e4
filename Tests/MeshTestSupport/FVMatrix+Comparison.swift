import FiniteVolume

extension FVMatrix {
    /// The largest difference between the coefficient arrays of two matrices on the same mesh,
    /// relative to the largest entry of this one: how far a fused kernel is from its reference.
    public func largestRelativeDifference(to other: FVMatrix) -> Double {
        let pairs = [
            (diag, other.diag), (upper, other.upper), (lower, other.lower),
            (source, other.source),
        ]
        let scale = pairs.flatMap { $0.0 }.map(abs).max() ?? 1
        return pairs.map { zip($0.0, $0.1).map { abs($0 - $1) }.max() ?? 0 }.max().map {
            $0 / scale
        } ?? 0
    }
}
