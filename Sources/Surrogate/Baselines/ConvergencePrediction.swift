/// What a predictor says after `observed` iterations: how many more iterations convergence
/// needs, with an 80% interval, and the probability of each outcome.
///
/// `remaining` and its interval are iterations after `observed`, conditional on converging;
/// `.infinity` means the predictor sees no convergence at all.
public struct ConvergencePrediction: Sendable, Equatable {
    /// Iterations observed when predicting.
    public var observed: Int
    /// Median estimate of the iterations still needed.
    public var remaining: Double
    /// 80% interval (10th to 90th percentile) of the iterations still needed.
    public var lower: Double
    /// Upper end of the 80% interval.
    public var upper: Double
    /// (SurrogateOutcome.allCases.count): probability of each outcome, by raw value; sums to 1.
    public var probabilities: [Double]

    /// A prediction from its parts.
    public init(
        observed: Int, remaining: Double, lower: Double, upper: Double, probabilities: [Double]
    ) {
        self.observed = observed
        self.remaining = remaining
        self.lower = lower
        self.upper = upper
        self.probabilities = probabilities
    }

    /// A certain outcome (probability 1) with a point estimate and interval.
    public init(
        observed: Int, outcome: SurrogateOutcome, remaining: Double, lower: Double, upper: Double
    ) {
        var probabilities = [Double](repeating: 0, count: SurrogateOutcome.allCases.count)
        probabilities[outcome.rawValue] = 1
        self.init(
            observed: observed, remaining: remaining, lower: lower, upper: upper,
            probabilities: probabilities)
    }

    /// The most probable outcome.
    public var outcome: SurrogateOutcome {
        let best = probabilities.indices.max { probabilities[$0] < probabilities[$1] } ?? 0
        return SurrogateOutcome(rawValue: best) ?? .converged
    }

    /// Probability of converging.
    public var convergenceProbability: Double { probabilities[SurrogateOutcome.converged.rawValue] }

    /// Predicted convergence iteration, observed + remaining.
    public var convergenceIteration: Double { Double(observed) + remaining }
}
