import Foundation
import NeuralNet

/// The training loss of the surrogate's head, for output (batch, 6) and targets (batch, 4):
/// column 0 the outcome class, column 1 y = log10(1 + n) of the remaining iterations n
/// (converged) or of the budget b (censored), less the example's anchor, column 2 the kind:
/// 1 converged, 2 censored, 0 neither, column 3 the weight w of the example's class.
///
///     L = (1/B)·Σ w·CE(logits, class)                                class-weighted
///       + (1/B)·Σ_converged ½·(s + (y − μ)²·e^(−s))                 Gaussian NLL of log10 n
///       + (1/B)·Σ_censored  ½·max(0, log10 b − μ)²                   "needs more than b"
///       + (1/B)·Σ_all       ½·(δ/τ)²                                  prior on the correction
///
/// A censored run (iteration limit reached) only says convergence needs more than the budget,
/// so it pushes μ up when μ predicts convergence within the budget and is silent otherwise.
/// μ = a + δ, a the contraction-factor anchor: the prior δ ~ N(0, τ²), τ =
/// `correctionPriorScale`, keeps the network near the classical estimate unless the data
/// insist. Without it the corrections learned on the training families made the held-out
/// families' remaining-iteration error 1.4 times the anchor's own; with τ = 0.1 it is on par.
/// The class weights (`classWeights`) make the rare outcomes (a run at its limit, a
/// divergence late in a run) count as much in the loss as the common ones, since the outcome
/// head is judged by macro-F1.
/// s is clamped to [−8, 8] in the NLL (gradient zero outside) to keep e^(−s) finite.
public enum SurrogateObjective {
    /// Kind codes of target column 2.
    public static let convergedKind: Float = 1
    /// Censored: the limit was reached.
    public static let censoredKind: Float = 2

    /// τ, the standard deviation of the prior on the correction δ to the anchor, in decades
    /// of the remaining iterations (0.1: about ±26%).
    public static let correctionPriorScale: Float = 0.1

    /// Width of a target row.
    public static let targetWidth = 4

    /// Largest class weight: a class with very few examples is not allowed to dominate.
    public static let largestClassWeight = 5.0

    /// Per-class weights (`SurrogateOutcome` order) that balance the classes of `examples`:
    /// w_k = N/(K·N_k) over the K classes present, capped at `largestClassWeight`; 1 for a
    /// class absent from `examples`.
    public static func classWeights(of examples: [SurrogateExample]) -> [Double] {
        var counts = [Double](repeating: 0, count: SurrogateOutcome.allCases.count)
        for example in examples { counts[example.outcome.rawValue] += 1 }
        let present = Double(counts.filter { $0 > 0 }.count)
        let total = Double(examples.count)
        return counts.map { $0 > 0 ? min(total / (present * $0), largestClassWeight) : 1 }
    }

    /// Targets (`targetWidth` numbers) of an example; y is taken relative to the example's
    /// anchor (`SurrogateInput.anchor`), as the network's mean is; `classWeights` as from
    /// `classWeights(of:)` (all 1: the plain cross-entropy).
    public static func targets(
        of example: SurrogateExample,
        classWeights: [Double] = Array(repeating: 1, count: SurrogateOutcome.allCases.count)
    ) -> [Float] {
        let anchor = example.input.anchor
        let label = Float(example.outcome.rawValue)
        let weight = Float(classWeights[example.outcome.rawValue])
        if let remaining = example.remaining {
            return [label, Float(log10(1 + Double(remaining)) - anchor), convergedKind, weight]
        }
        if example.outcome == .notConverged {
            return [label, Float(log10(1 + Double(example.budget)) - anchor), censoredKind, weight]
        }
        return [label, 0, 0, weight]
    }

    /// Loss and ∂L/∂output.
    public static func loss(output: Tensor, targets: Tensor) -> (value: Float, gradient: Tensor) {
        let batch = output.shape[0]
        let width = output.shape[1]
        let classes = SurrogateOutcome.allCases.count
        var gradient = Tensor(shape: output.shape)
        var total = 0.0
        let priorPrecision = 1 / (correctionPriorScale * correctionPriorScale)
        for b in 0..<batch {
            let row = b * targetWidth
            let label = Int(targets.scalars[row])
            let weight = targets.scalars[row + 3]
            let logits = (0..<classes).map { Double(output.scalars[b * width + $0]) }
            let largest = logits.max() ?? 0
            let logPartition = largest + log(logits.reduce(0) { $0 + exp($1 - largest) })
            total += Double(weight) * (logPartition - logits[label]) / Double(batch)
            for k in 0..<classes {
                let probability = Float(exp(logits[k] - logPartition))
                gradient.scalars[b * width + k] =
                    weight * (probability - (k == label ? 1 : 0)) / Float(batch)
            }
            let mean = output.scalars[b * width + classes]
            let rawLogVariance = output.scalars[b * width + classes + 1]
            let y = targets.scalars[row + 1]
            let kind = targets.scalars[row + 2]
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
            total += Double(0.5 * mean * mean * priorPrecision) / Double(batch)
            gradient.scalars[b * width + classes] += mean * priorPrecision / Float(batch)
        }
        return (Float(total), gradient)
    }
}
