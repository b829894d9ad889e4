/// What `Trainer.fit` did, epoch by epoch.
public struct TrainingHistory: Sendable {
    /// Mean training loss of each epoch (over its mini-batches, weighted by size).
    public var trainingLoss = [Float]()
    /// Validation loss after each epoch (empty without a validation set).
    public var validationLoss = [Float]()
    /// Learning rate used in each epoch.
    public var learningRate = [Float]()
    /// Epoch (0-based) whose weights the network holds at the end.
    public var bestEpoch = 0
    /// True when early stopping ended training before the last epoch.
    public var stoppedEarly = false
}
