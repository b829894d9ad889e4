/// The fixed-length residual input of the network at a prefix of t observed iterations.
///
/// The whole observed history is resampled to `length` points at iterations
/// i_k = round(1 + k·(t − 1)/(length − 1)), k = 0…length−1, so every prefix gives one shape.
/// Channel c's value is log10(r_c(i_k)/criterion_c), decades above its criterion (log10 r_c
/// when it has none), clamped by `ResidualChannels.log10Range`.
///
/// Layout: (2·channels, length), row-major: rows 0…channels−1 the values, rows
/// channels…2·channels−1 the masks (1 where the equation is solved, else 0; its values 0).
public enum ResidualWindow {
    /// Default number of resampled points.
    public static let defaultLength = 32

    /// Iterations (1-based) sampled for a prefix of `observed` iterations.
    public static func sampleIterations(observed: Int, length: Int) -> [Int] {
        guard length > 1 else { return [observed] }
        return (0..<length).map { k in
            Int((1 + Double(k) * Double(observed - 1) / Double(length - 1)).rounded())
        }
    }

    /// The window of `series` (channels, iterations) after `observed` iterations.
    public static func values(
        residuals: [[Double]], criteria: [Double?], observed: Int, length: Int
    ) -> [Float] {
        let channels = ResidualChannels.count
        var window = [Float](repeating: 0, count: 2 * channels * length)
        let iterations = sampleIterations(observed: observed, length: length)
        for c in 0..<channels where !residuals[c].isEmpty {
            let offset = criteria[c].map { ResidualChannels.clampedLog10($0) } ?? 0
            for (k, iteration) in iterations.enumerated() {
                let index = min(iteration, residuals[c].count) - 1
                window[c * length + k] = Float(
                    ResidualChannels.clampedLog10(residuals[c][index]) - offset)
                window[(channels + c) * length + k] = 1
            }
        }
        return window
    }
}
