import Foundation

/// One training or evaluation example: a run cut after `observed` iterations, with the inputs
/// the network reads and the targets it learns.
public struct SurrogateExample: Sendable, Equatable {
    /// The run it was cut from and its case family (splits group by these).
    public var runID: Int64
    /// Case family (case name).
    public var family: String
    /// Iterations observed.
    public var observed: Int
    /// (2·channels, windowLength) residual window, see `ResidualWindow`.
    public var window: [Float]
    /// (CaseFeatures.names.count + 2): the case features, then log10 of the iterations
    /// observed and log10 of the iterations left before the limit (at least 1).
    public var features: [Double]
    /// How the run ended.
    public var outcome: SurrogateOutcome
    /// Iterations still needed to converge (converged runs only; nil means censored or never).
    public var remaining: Int?
    /// Iterations left before the limit: a not-converged run needs more than this.
    public var budget: Int

    /// Names of `features`, in order.
    public static let featureNames =
        CaseFeatures.names + ["log10-iterations-observed", "log10-iterations-left"]

    /// The example of `series` after `observed` iterations (1 ≤ observed ≤ its iterations).
    public init(series: RunSeries, observed: Int, windowLength: Int) {
        runID = series.runID
        family = series.family
        self.observed = observed
        window = ResidualWindow.values(
            residuals: series.residuals, criteria: series.criteria, observed: observed,
            length: windowLength)
        budget = series.iterationLimit - observed
        features = Self.features(
            case: series.features, observed: observed, iterationLimit: series.iterationLimit)
        outcome = series.outcome
        remaining = series.remaining(after: observed)
    }

    /// The network's inputs, without the targets.
    public var input: SurrogateInput {
        SurrogateInput(observed: observed, window: window, features: features)
    }

    /// The tabular inputs for a case after `observed` of `iterationLimit` iterations.
    public static func features(case features: CaseFeatures, observed: Int, iterationLimit: Int)
        -> [Double]
    {
        features.values + [
            log10(Double(max(observed, 1))), log10(Double(max(iterationLimit - observed, 1))),
        ]
    }
}
