import Foundation

/// One epoch of training, as the progress line shows it.
public struct EpochReport: Sendable, Equatable {
    /// 1-based epoch and the planned count.
    public var epoch: Int
    /// Planned epochs.
    public var epochs: Int
    /// Mean training loss over the epoch's mini-batches.
    public var trainingLoss: Double
    /// Loss on the validation runs.
    public var validationLoss: Double
    /// Outcome macro-F1 on the validation examples.
    public var validationMacroF1: Double
    /// Median percentage error of the remaining iterations on converged validation examples.
    public var validationMedianPercentError: Double
    /// Wall seconds of the epoch.
    public var seconds: Double

    /// `epoch  3/40  loss 1.234  val 1.456  F1 0.812  rem-err 35.2%  2.1 s`
    public var line: String {
        String(
            format:
                "epoch %3d/%d  loss %.4f  val-loss %.4f  val-F1 %.3f  val-rem-err %.1f%%  %.1f s",
            epoch, epochs, trainingLoss, validationLoss, validationMacroF1,
            validationMedianPercentError, seconds)
    }
}
