/// Settings of `Trainer.fit`.
public struct TrainingConfiguration: Sendable, Equatable {
    /// Passes over the training set (fewer when early stopping triggers).
    public var epochs = 20
    /// Samples per mini-batch (the last batch of an epoch may be smaller).
    public var batchSize = 64
    /// Base learning rate η₀.
    public var learningRate: Float = 1e-3
    /// Weight decay λ (0: none).
    public var weightDecay: Float = 0
    /// True: AdamW (decoupled decay); false: Adam with L2.
    public var decoupledWeightDecay = true
    /// Learning-rate schedule.
    public var schedule = LearningRateSchedule.constant
    /// Global gradient-norm clip (nil: no clipping).
    public var gradientClipNorm: Float?
    /// Stop after this many epochs without a better validation loss and restore the best
    /// weights (nil: run all epochs). Needs a validation set.
    public var earlyStoppingPatience: Int?
    /// Seed of the mini-batch shuffle.
    public var shuffleSeed: UInt64 = 0

    /// Defaults: 20 epochs of batch 64, Adam-W η = 1e-3, no decay, constant rate.
    public init() {}
}
