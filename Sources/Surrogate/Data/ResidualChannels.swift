import Foundation

/// The equations whose residual histories the surrogate reads, one input channel each, in
/// Fluent's order. A case that does not solve an equation has that channel zero and its mask
/// channel zero, so one model serves isothermal and heated cases alike.
public enum ResidualChannels {
    /// Channel order of every residual window: `window[channel][time]`.
    public static let equations = ["continuity", "x-velocity", "y-velocity", "energy"]

    /// Number of equation channels (the network sees twice as many: values, then masks).
    public static var count: Int { equations.count }

    /// Floor and ceiling of log10 residual values fed to the network: a non-finite or
    /// enormous residual (divergence) reads as the ceiling, an exact zero as the floor.
    public static let log10Range: ClosedRange<Double> = -15...15

    /// log10 of a residual, clamped to `log10Range`; NaN and ±∞ read as the ceiling.
    public static func clampedLog10(_ residual: Double) -> Double {
        guard residual.isFinite else { return log10Range.upperBound }
        guard residual > 0 else { return log10Range.lowerBound }
        return min(max(log10(residual), log10Range.lowerBound), log10Range.upperBound)
    }
}
