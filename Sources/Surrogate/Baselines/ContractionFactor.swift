import Foundation

/// Baseline 2: the contraction-factor (asymptotic convergence rate) estimate of iterative
/// solvers: each residual is taken to shrink by a constant factor ρ_c per iteration,
///
///     ρ_c = (r_c(t)/r_c(t − k))^(1/k),  remaining = max_c log(criterion_c/r_c(t))/log ρ_c
///
/// with k = min(20, t − 1) for the point estimate and k = 5 and k = t − 1 for the 80% interval.
public struct ContractionFactor: Sendable {
    /// A baseline with no settings.
    public init() {}

    /// The prediction for `series` after `observed` iterations.
    public func predict(_ series: RunSeries, observed: Int) -> ConvergencePrediction {
        let channels = ResidualTrend.channels(of: series, observed: observed)
        let decades = channels.map(\.decades)
        let lags = [min(20, observed - 1), min(5, observed - 1), observed - 1]
        let estimates = lags.map { lag in
            ResidualTrend.iterationsNeeded(
                decades: decades,
                rates: channels.map { Self.log10Factor(of: $0.log, lag: lag) })
        }
        return ResidualTrend.prediction(
            of: series, observed: observed, logs: channels.map(\.log), estimates: estimates)
    }

    /// The point estimate alone, from (channels, iterations) residuals and their criteria.
    public static func remaining(residuals: [[Double]], criteria: [Double?], observed: Int)
        -> Double
    {
        ResidualTrend.remaining(residuals: residuals, criteria: criteria, observed: observed) {
            log10Factor(of: $0, lag: min(20, observed - 1))
        }
    }

    /// log10 ρ = (log10 r(t) − log10 r(t − lag))/lag over a log10 history; 0 when lag < 1.
    public static func log10Factor(of log: [Double], lag: Int) -> Double {
        guard lag >= 1, log.count > lag, let last = log.last else { return 0 }
        return (last - log[log.count - 1 - lag]) / Double(lag)
    }
}
