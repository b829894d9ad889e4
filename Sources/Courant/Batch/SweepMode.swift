/// How a sweep's dimensions combine into runs.
public enum SweepMode: String, Sendable, Equatable {
    /// Every combination (Cartesian product), the last-declared dimension varying fastest.
    case product
    /// The i-th run takes the i-th value of every dimension; all must have the same length.
    case list
}
