import Foundation
import NeuralNet

/// The training loss of the surrogate's head, for output (batch, 6) and targets (batch, 3):
/// column 0 the outcome class, column 1 y = log10(1 + n) of the remaining iterations n
/// (converged) or of the budget b (censored), less the example's anchor, column 2 the kind:
/// 1 converged, 2 censored, 0 neither.
///
///     L = CE(logits, class)
///       + (1/B)·Σ_converged ½·(s + (y − μ)²·e^(−s))                 Gaussian NLL of log10 n
///       + (1/B)·Σ_censored  ½·max(0, log10 b − μ)²                   "needs more than b"
///
/// A censored run (iteration limit reached) only says convergence needs more than the budget,
/// so it pushes μ up when μ predicts convergence within the budget and is silent otherwise.
/// s is clamped to [−8, 8] in the NLL (gradient zero outside) to keep e^(−s) finite.
public enum SurrogateObjective {
    /// Kind codes of target column 2.
    public static let convergedKind: Float = 1
    /// Censored: the limit was reached.
    public static let censoredKind: Float = 2

    /// Targets (3 numbers) of an example; y is taken relative to the example's anchor
    /// (`SurrogateInput.anchor`), as the network's mean is.
    public static func targets(of example: SurrogateExample) -> [Float] {
        let anchor = example.input.anchor
        if let remaining = example.remaining {
            return [
                Float(example.outcome.rawValue), Float(log10(1 + Double(remaining)) - anchor), 1,
            ]
        }
        if example.outcome == .notConverged {
            return [
                Float(example.outcome.rawValue), Float(log10(1 + Double(example.budget)) - anchor),
                2,
            ]
        }
        return [Float(example.outcome.rawValue), 0, 0]
    }

    /// Loss and ∂L/∂output.
    public static func loss(output: Tensor, targets: Tensor) -> (value: Float, gradient: Tensor) {
        let batch = output.shape[0]
        let width = output.shape[1]
        let classes = SurrogateOutcome.allCases.count
        let logits = output.slicingColumns(0..<classes)
        let labels = (0..<batch).map { Int(targets.scalars[$0 * 3]) }
        let (crossEntropy, logitGradient) = Loss.crossEntropyWithLogits(
            logits: logits, labels: labels)
        var gradient = Tensor(shape: output.shape)
        var total = Double(crossEntropy)
        for b in 0..<batch {
            for k in 0..<classes {
                gradient.scalars[b * width + k] = logitGradient.scalars[b * classes + k]
            }
            let mean = output.scalars[b * width + classes]
            let rawLogVariance = output.scalars[b * width + classes + 1]
            let y = targets.scalars[b * 3 + 1]
            let kind = targets.scalars[b * 3 + 2]
            if kind == convergedKind {
                let s = min(max(rawLogVariance, -8), 8)
                let precision = exp(-s)
                let residual = y - mean
                total += Double(0.5 * (s + residual * residual * precision)) / Double(batch)
                gradient.scalars[b * width + classes] = -residual * precision / Float(batch)
                gradient.scalars[b * width + classes + 1] =
                    s == rawLogVariance
                    ? 0.5 * (1 - residual * residual * precision) / Float(batch) : 0
            } else if kind == censoredKind, mean < y {
                total += Double(0.5 * (y - mean) * (y - mean)) / Double(batch)
                gradient.scalars[b * width + classes] = -(y - mean) / Float(batch)
            }
        }
        return (Float(total), gradient)
    }
}
