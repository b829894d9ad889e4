/// Network inputs and training targets for a set of samples.
public struct SampleSet: Sendable {
    /// (samples, channels, time)
    public var sequences: Tensor
    /// (samples, tabularFeatures)
    public var features: Tensor
    /// (samples, targetWidth): whatever the objective reads, e.g. column 0 the outcome class
    /// index (as a Float), column 1 log10 of the remaining iterations.
    public var targets: Tensor

    /// Inputs and targets with matching sample counts.
    public init(sequences: Tensor, features: Tensor, targets: Tensor) {
        precondition(
            sequences.shape[0] == features.shape[0] && features.shape[0] == targets.shape[0],
            "SampleSet: sample counts differ")
        self.sequences = sequences
        self.features = features
        self.targets = targets
    }

    /// Number of samples.
    public var count: Int { sequences.shape[0] }

    /// The samples at `indices`, in that order (a mini-batch).
    public func gathering(_ indices: [Int]) -> SampleSet {
        SampleSet(
            sequences: sequences.gatheringBatch(indices),
            features: features.gatheringBatch(indices),
            targets: targets.gatheringBatch(indices))
    }

    /// Samples `range` as their own set.
    public func slicing(_ range: Range<Int>) -> SampleSet {
        SampleSet(
            sequences: sequences.slicingBatch(range), features: features.slicingBatch(range),
            targets: targets.slicingBatch(range))
    }
}
