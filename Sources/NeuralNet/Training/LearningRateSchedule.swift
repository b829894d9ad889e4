import Foundation

/// How the learning rate changes from epoch to epoch.
public enum LearningRateSchedule: Sendable, Equatable {
    /// The base rate throughout.
    case constant
    /// Cosine annealing from the base rate to `minimum` over the configured epochs:
    /// η_e = η_min + ½(η₀ − η_min)(1 + cos(π·e/E)).
    case cosine(minimum: Float)
    /// Multiply by `factor` when the validation loss has not improved for `patience` epochs,
    /// never below `minimum` (PyTorch `ReduceLROnPlateau`, mode "min", threshold 0).
    case reduceOnPlateau(factor: Float, patience: Int, minimum: Float)

    /// Rate for epoch `epoch` (0-based) of `epochs` under cosine annealing; `current` otherwise.
    func rate(epoch: Int, epochs: Int, base: Float, current: Float) -> Float {
        switch self {
        case .constant, .reduceOnPlateau: return current
        case .cosine(let minimum):
            let phase = Double(epoch) / Double(max(1, epochs))
            return minimum + 0.5 * (base - minimum) * Float(1 + cos(Double.pi * phase))
        }
    }
}
