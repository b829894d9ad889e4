/// Baseline 1: fit a straight line to log10 r over the last iterations of each residual and
/// extrapolate it to the criterion.
///
///     log10 r_c(i) ≈ a_c + b_c·i  (least squares over i ∈ (t − w, t])
///     remaining = max_c (log10 r_c(t) − log10 criterion_c)/(−b_c)
///
/// The point estimate uses w = t/2; the 80% interval is the range of the estimates with
/// w = t/4 and w = t (at least 3 points each).
public struct LogLinearExtrapolation: Sendable {
    /// A baseline with no settings.
    public init() {}

    /// The prediction for `series` after `observed` iterations.
    public func predict(_ series: RunSeries, observed: Int) -> ConvergencePrediction {
        let channels = ResidualTrend.channels(of: series, observed: observed)
        let decades = channels.map(\.decades)
        let estimates = [2, 4, 1].map { divisor in
            let window = max(3, observed / divisor)
            let rates = channels.map { Self.slope(of: Array($0.log.suffix(window))) }
            return ResidualTrend.iterationsNeeded(decades: decades, rates: rates)
        }
        return ResidualTrend.prediction(
            of: series, observed: observed, logs: channels.map(\.log), estimates: estimates)
    }

    /// The point estimate alone, from (channels, iterations) residuals and their criteria.
    public static func remaining(residuals: [[Double]], criteria: [Double?], observed: Int)
        -> Double
    {
        ResidualTrend.remaining(residuals: residuals, criteria: criteria, observed: observed) {
            slope(of: Array($0.suffix(max(3, observed / 2))))
        }
    }

    /// Least-squares slope of `values` against their index, per index step:
    /// b = Σ(i − ī)(y_i − ȳ)/Σ(i − ī)²; 0 for fewer than 2 points.
    public static func slope(of values: [Double]) -> Double {
        guard values.count > 1 else { return 0 }
        let n = Double(values.count)
        let meanIndex = (n - 1) / 2
        let meanValue = values.reduce(0, +) / n
        var covariance = 0.0
        var variance = 0.0
        for (i, y) in values.enumerated() {
            covariance += (Double(i) - meanIndex) * (y - meanValue)
            variance += (Double(i) - meanIndex) * (Double(i) - meanIndex)
        }
        return covariance / variance
    }
}
