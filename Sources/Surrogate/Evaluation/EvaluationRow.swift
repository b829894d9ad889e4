import Foundation

/// The figures of one predictor at one prefix, over the test runs still iterating there.
public struct EvaluationRow: Sendable, Equatable {
    /// `surrogate`, `log-linear`, `contraction`, `nearest-neighbour`.
    public var predictor: String
    /// Iterations observed.
    public var observed: Int
    /// Test runs still iterating at `observed`, and how many of them converged.
    public var runs: Int
    /// Converged runs among them (the regression and interval figures use only these).
    public var convergedRuns: Int
    /// Median |log10 predicted − log10 true| of the convergence iteration.
    public var medianLog10Error: Double
    /// Median percentage error of the remaining iterations.
    public var medianPercentError: Double
    /// Outcome macro-F1.
    public var macroF1: Double
    /// Outcome balanced accuracy.
    public var balancedAccuracy: Double
    /// Share of converged runs whose remaining iterations fall in the 80% interval.
    public var coverage: Double
    /// Median width of the 80% interval, iterations.
    public var medianWidth: Double

    /// The row of `predictions` against `examples` (same order).
    public init(
        predictor: String, observed: Int, predictions: [ConvergencePrediction],
        examples: [SurrogateExample]
    ) {
        self.predictor = predictor
        self.observed = observed
        runs = examples.count
        let converged = examples.indices.filter { examples[$0].remaining != nil }
        convergedRuns = converged.count
        let truth = converged.map { Double(examples[$0].remaining ?? 0) }
        let predicted = converged.map { predictions[$0].remaining }
        medianLog10Error = Metrics.medianLog10Error(
            predicted: predicted.map { $0 + Double(observed) },
            truth: truth.map { $0 + Double(observed) })
        medianPercentError = Metrics.medianPercentError(predicted: predicted, truth: truth)
        macroF1 = Metrics.macroF1(
            predicted: predictions.map(\.outcome.rawValue),
            truth: examples.map(\.outcome.rawValue))
        balancedAccuracy = Metrics.balancedAccuracy(
            predicted: predictions.map(\.outcome.rawValue),
            truth: examples.map(\.outcome.rawValue))
        coverage = Metrics.coverage(
            lower: converged.map { predictions[$0].lower },
            upper: converged.map { predictions[$0].upper }, truth: truth)
        // No interval at all (both ends ∞, e.g. no converged neighbour) is unbounded, not NaN.
        medianWidth = Metrics.median(
            converged.map {
                predictions[$0].upper.isFinite
                    ? predictions[$0].upper - predictions[$0].lower : .infinity
            })
    }

    /// One table line (see `SurrogateEvaluation.table`).
    var line: String {
        let number = { (value: Double, format: String) in
            value.isNaN ? "-" : value.isFinite ? String(format: format, value) : "inf"
        }
        return [
            predictor.padding(toLength: 18, withPad: " ", startingAt: 0),
            String(format: "%5d", observed), String(format: "%4d/%-4d", convergedRuns, runs),
            number(medianLog10Error, "%8.3f"), number(medianPercentError, "%8.1f"),
            number(macroF1, "%6.3f"), number(balancedAccuracy, "%6.3f"),
            number(coverage, "%6.3f"), number(medianWidth, "%8.0f"),
        ].joined(separator: "  ")
    }
}
