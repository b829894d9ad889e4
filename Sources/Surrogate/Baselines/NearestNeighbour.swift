import Foundation

/// Baseline 3: the nearest runs in the history. Among training examples cut at the same
/// prefix, the k closest in Euclidean distance over standardised case features and residual
/// window (each input divided by its standard deviation over the training examples) vote:
///
///     p(outcome) = share of the k neighbours with that outcome
///     remaining  = median of the converged neighbours' remaining iterations, interval their
///                  range (∞ when none converged)
public struct NearestNeighbour: Sendable {
    /// Neighbours consulted.
    public var k: Int
    private var byPrefix: [Int: [SurrogateExample]]
    private var scale: [Double]

    /// A baseline over `training` examples.
    public init(training: [SurrogateExample], k: Int = 5) {
        self.k = k
        byPrefix = Dictionary(grouping: training, by: \.observed)
        let vectors = training.map(Self.vector)
        let width = vectors.first?.count ?? 0
        scale = (0..<width).map { i in
            let column = vectors.map { $0[i] }
            let mean = column.reduce(0, +) / Double(max(column.count, 1))
            let variance =
                column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(column.count, 1))
            return variance > 1e-12 ? variance.squareRoot() : 1
        }
    }

    /// The prediction for `example` from the neighbours cut at its prefix (the nearest prefix
    /// when none was cut there).
    public func predict(_ example: SurrogateExample) -> ConvergencePrediction {
        let prefix =
            byPrefix.keys.min { abs($0 - example.observed) < abs($1 - example.observed) }
            ?? example.observed
        let query = Self.vector(example)
        let neighbours = (byPrefix[prefix] ?? []).map { candidate in
            let vector = Self.vector(candidate)
            var distance = 0.0
            for i in query.indices {
                let d = (query[i] - vector[i]) / scale[i]
                distance += d * d
            }
            return (distance, candidate)
        }.sorted { $0.0 < $1.0 }.prefix(k).map(\.1)
        var probabilities = [Double](repeating: 0, count: SurrogateOutcome.allCases.count)
        for neighbour in neighbours {
            probabilities[neighbour.outcome.rawValue] += 1 / Double(max(neighbours.count, 1))
        }
        if neighbours.isEmpty { probabilities[SurrogateOutcome.notConverged.rawValue] = 1 }
        let remaining = neighbours.compactMap(\.remaining).map(Double.init).sorted()
        guard !remaining.isEmpty else {
            return ConvergencePrediction(
                observed: example.observed, remaining: .infinity, lower: .infinity,
                upper: .infinity, probabilities: probabilities)
        }
        return ConvergencePrediction(
            observed: example.observed, remaining: Metrics.median(remaining),
            lower: remaining[0], upper: remaining[remaining.count - 1],
            probabilities: probabilities)
    }

    /// Features then window values of an example, as one vector.
    private static func vector(_ example: SurrogateExample) -> [Double] {
        example.features + example.window.map(Double.init)
    }
}
