/// Fluent's residual normalisation: each equation's normalisation factor is the largest value
/// it reached over the first `nMaximizeNorms` iterations.
struct ResidualNormaliser: Sendable {
    /// Iterations over which the factor may still grow.
    var nMaximizeNorms: Int
    /// Running maximum per equation (by `FlowEquation` raw value).
    var factors: [String: Double] = [:]

    /// The normalised value of `value` for `equation` at 1-based `iteration`, updating the
    /// factor while `iteration ≤ nMaximizeNorms`. A factor still zero leaves the value as is.
    mutating func normalise(_ value: Double, equation: String, iteration: Int) -> Double {
        var factor = factors[equation] ?? 0
        if iteration <= nMaximizeNorms, value.isFinite, value > factor {
            factor = value
            factors[equation] = factor
        }
        return factor > 0 ? value / factor : value
    }
}
