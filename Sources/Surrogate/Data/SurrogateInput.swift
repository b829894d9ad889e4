import Foundation

/// What the network reads about a run after `observed` iterations, with no knowledge of how it
/// ends: from a finished run's example, a live run or a CSV of residuals.
public struct SurrogateInput: Sendable, Equatable {
    /// Iterations observed.
    public var observed: Int
    /// (2·channels, windowLength), see `ResidualWindow`.
    public var window: [Float]
    /// (SurrogateExample.featureNames.count), unnormalised.
    public var features: [Double]
    /// Whether a stall monitor may end the run (`CaseFeatures.stopsOnStall`).
    public var stopsOnStall: Bool

    /// log10(1 + n) of the contraction-factor estimate n: the anchor of the network's mean.
    public var anchor: Double { features[SurrogateExample.anchorIndex] }

    /// Iterations left before the limit (at least 1).
    public var iterationsLeft: Double {
        pow(10, features[SurrogateExample.iterationsLeftIndex])
    }

    /// The input from its parts.
    public init(observed: Int, window: [Float], features: [Double], stopsOnStall: Bool = true) {
        self.observed = observed
        self.window = window
        self.features = features
        self.stopsOnStall = stopsOnStall
    }

    /// The input of a run in progress: `residuals` (channels, iterations so far) in
    /// `ResidualChannels` order, empty for equations not solved, with their `criteria`.
    public init(
        residuals: [[Double]], criteria: [Double?], caseFeatures: CaseFeatures, observed: Int,
        iterationLimit: Int, windowLength: Int
    ) {
        self.observed = observed
        window = ResidualWindow.values(
            residuals: residuals, criteria: criteria, observed: observed, length: windowLength)
        features = SurrogateExample.features(
            case: caseFeatures, residuals: residuals, criteria: criteria, observed: observed,
            iterationLimit: iterationLimit)
        stopsOnStall = caseFeatures.stopsOnStall
    }
}
