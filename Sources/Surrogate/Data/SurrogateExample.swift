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
    /// (CaseFeatures.names.count + 5): the case features; log10 of the iterations observed
    /// and of the iterations left before the limit (at least 1); the trend estimates
    /// log10(1 + n) of the remaining iterations by the contraction factor and by log-linear
    /// extrapolation (n capped at 10⁵, which also stands for "never"); the largest number
    /// of decades a residual still has to fall to its criterion; and how fast the slowest
    /// residual is falling, in decades per 100 iterations, over the last 20 iterations and over
    /// the last half of those observed (what the stall monitor judges).
    public var features: [Double]
    /// How the run ended.
    public var outcome: SurrogateOutcome
    /// Iterations still needed to converge (converged runs only; nil means censored or never).
    public var remaining: Int?
    /// Iterations left before the limit: a not-converged run needs more than this.
    public var budget: Int
    /// Whether a stall monitor could end the run (`CaseFeatures.stopsOnStall`).
    public var stopsOnStall: Bool

    /// Names of `features`, in order.
    public static let featureNames =
        CaseFeatures.names + [
            "log10-iterations-observed", "log10-iterations-left", "log10-contraction-remaining",
            "log10-log-linear-remaining", "decades-to-criterion", "slowest-fall-recent",
            "slowest-fall-half",
        ]

    /// Index in `features` of log10 of the iterations left before the limit.
    public static let iterationsLeftIndex = CaseFeatures.names.count + 1

    /// Index in `features` of the contraction-factor estimate, the anchor the network's
    /// mean corrects (see `SurrogateModel`).
    public static let anchorIndex = CaseFeatures.names.count + 2

    /// Largest trend estimate fed to the network, iterations.
    public static let remainingCap = 1e5

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
            case: series.features, residuals: series.residuals, criteria: series.criteria,
            observed: observed, iterationLimit: series.iterationLimit)
        outcome = series.outcome
        remaining = series.remaining(after: observed)
        stopsOnStall = series.features.stopsOnStall
    }

    /// The network's inputs, without the targets.
    public var input: SurrogateInput {
        SurrogateInput(
            observed: observed, window: window, features: features, stopsOnStall: stopsOnStall)
    }

    /// The tabular inputs for a case with `residuals` (channels, iterations) and their
    /// `criteria` after `observed` of `iterationLimit` iterations.
    public static func features(
        case features: CaseFeatures, residuals: [[Double]], criteria: [Double?], observed: Int,
        iterationLimit: Int
    ) -> [Double] {
        let capped = { (remaining: Double) in log10(1 + min(remaining, remainingCap)) }
        let channels = ResidualTrend.channels(
            residuals: residuals, criteria: criteria, observed: observed)
        let slowestFall = { (lag: Int) in
            channels.map { -100 * ContractionFactor.log10Factor(of: $0.log, lag: lag) }.min() ?? 0
        }
        return features.values + [
            log10(Double(max(observed, 1))), log10(Double(max(iterationLimit - observed, 1))),
            capped(
                ContractionFactor.remaining(
                    residuals: residuals, criteria: criteria, observed: observed)),
            capped(
                LogLinearExtrapolation.remaining(
                    residuals: residuals, criteria: criteria, observed: observed)),
            channels.map(\.decades).max() ?? 0,
            slowestFall(min(20, observed - 1)), slowestFall(observed / 2),
        ]
    }
}
