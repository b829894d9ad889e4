import Foundation

/// Shared arithmetic of the extrapolating baselines: decades each residual still has to fall,
/// and the outcome a trend implies.
enum ResidualTrend {
    /// For each solved channel with a criterion: (log10 r(t) − log10 criterion, the
    /// channel's log10 history up to t). Channels already below their criterion give ≤ 0.
    static func channels(of series: RunSeries, observed: Int) -> [(decades: Double, log: [Double])]
    {
        channels(residuals: series.residuals, criteria: series.criteria, observed: observed)
    }

    /// The same from (channels, iterations) residuals and per-channel criteria.
    static func channels(residuals: [[Double]], criteria: [Double?], observed: Int)
        -> [(decades: Double, log: [Double])]
    {
        (0..<ResidualChannels.count).compactMap { c in
            guard !residuals[c].isEmpty, let criterion = criteria[c] else { return nil }
            let history = residuals[c].prefix(observed).map(ResidualChannels.clampedLog10)
            guard let last = history.last else { return nil }
            return (last - ResidualChannels.clampedLog10(criterion), Array(history))
        }
    }

    /// Iterations needed when each channel falls at the rate (decades per iteration) that
    /// `rate` reads from its log10 history.
    static func remaining(
        residuals: [[Double]], criteria: [Double?], observed: Int, rate: ([Double]) -> Double
    ) -> Double {
        let channels = channels(residuals: residuals, criteria: criteria, observed: observed)
        return iterationsNeeded(
            decades: channels.map(\.decades), rates: channels.map { rate($0.log) })
    }

    /// Iterations needed when each channel falls `rate` decades per iteration (negative rates
    /// fall): max over channels of decades/−rate; ∞ when a channel still above its criterion
    /// is not falling.
    static func iterationsNeeded(decades: [Double], rates: [Double]) -> Double {
        var needed = 0.0
        for (d, rate) in zip(decades, rates) where d > 0 {
            guard rate < 0 else { return .infinity }
            needed = max(needed, d / -rate)
        }
        return needed
    }

    /// The outcome an extrapolation implies: diverged when a residual ended more than
    /// 3 decades above its minimum after the first 5 iterations (Fluent's default
    /// `n-maximize-norms`; a residual may start at exactly zero), stalled when some channel
    /// above its criterion is not falling, converged when the estimate fits in the `budget`,
    /// else not converged.
    static func outcome(remaining: Double, budget: Int, logs: [[Double]]) -> SurrogateOutcome {
        for log in logs {
            if let last = log.last, let lowest = log.dropFirst(5).min(), last - lowest > 3 {
                return .diverged
            }
        }
        if !remaining.isFinite { return .stalled }
        return remaining <= Double(budget) ? .converged : .notConverged
    }

    /// The prediction of an extrapolating baseline from its estimates of the remaining
    /// iterations: the first is the point estimate, their range the 80% interval.
    static func prediction(
        of series: RunSeries, observed: Int, logs: [[Double]], estimates: [Double]
    ) -> ConvergencePrediction {
        let remaining = estimates[0]
        return ConvergencePrediction(
            observed: observed,
            outcome: outcome(
                remaining: remaining, budget: series.iterationLimit - observed, logs: logs),
            remaining: remaining, lower: estimates.min() ?? remaining,
            upper: estimates.max() ?? remaining)
    }
}
