/// Settings of `SurrogateTraining.train`.
public struct SurrogateTrainingOptions: Sendable, Equatable {
    /// Passes over the training examples at most.
    public var epochs = 40
    /// Examples per mini-batch.
    public var batchSize = 64
    /// Peak learning rate of AdamW, annealed by a cosine to 5% of it.
    public var learningRate: Float = 1e-3
    /// Share of the training families' runs kept for validation (early stopping, interval
    /// calibration). 0: none kept; early stopping and calibration then use the training runs
    /// themselves (for fine-tuning on a handful of runs, where no run can be spared).
    public var validationFraction = 0.2
    /// Stop after this many epochs without a better validation loss.
    public var patience = 8
    /// Seed of the weights and the shuffle.
    public var seed: UInt64 = 1
    /// Families kept out of training entirely, for evaluation on unseen families.
    public var heldOutFamilies: [String] = []
    /// Resampled window length.
    public var windowLength = ResidualWindow.defaultLength
    /// The sequence network of a model trained from scratch (a fine-tuned one keeps its base's).
    public var architecture = SurrogateArchitecture()

    /// Fewest usable training runs accepted when some are kept for validation.
    public static let minimumRuns = 12
    /// Fewest usable training runs accepted with `validationFraction` 0.
    public static let minimumRunsWithoutValidation = 2

    /// Defaults: 40 epochs of 64, η = 1e-3, 20% validation runs, patience 8.
    public init() {}
}
