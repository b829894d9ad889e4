/// `courant surrogate evaluate`: the surrogate beside the three baselines on test runs, at
/// fixed prefixes.
public enum SurrogateEvaluation {
    /// Prefixes of the table.
    public static let defaultPrefixes = [25, 50, 100, 200]

    /// Rows for each prefix: the surrogate (when given), log-linear extrapolation, the
    /// contraction factor and nearest neighbour over `trainingRuns`, on `testRuns`.
    public static func rows(
        model: SurrogateModel?, testRuns: [RunSeries], trainingRuns: [RunSeries],
        prefixes: [Int] = defaultPrefixes
    ) -> [EvaluationRow] {
        let windowLength = model?.windowLength ?? ResidualWindow.defaultLength
        let neighbours = NearestNeighbour(
            training: SurrogateDataset(
                runs: trainingRuns, prefixes: prefixes, windowLength: windowLength
            ).examples)
        let logLinear = LogLinearExtrapolation()
        let contraction = ContractionFactor()
        var rows = [EvaluationRow]()
        for prefix in prefixes {
            let alive = testRuns.filter { $0.iterationCount > prefix }
            guard !alive.isEmpty else { continue }
            let examples = alive.map {
                SurrogateExample(series: $0, observed: prefix, windowLength: windowLength)
            }
            if let model {
                rows.append(
                    EvaluationRow(
                        predictor: "surrogate", observed: prefix,
                        predictions: model.predict(examples), examples: examples))
            }
            rows.append(
                EvaluationRow(
                    predictor: "log-linear", observed: prefix,
                    predictions: alive.map { logLinear.predict($0, observed: prefix) },
                    examples: examples))
            rows.append(
                EvaluationRow(
                    predictor: "contraction-factor", observed: prefix,
                    predictions: alive.map { contraction.predict($0, observed: prefix) },
                    examples: examples))
            rows.append(
                EvaluationRow(
                    predictor: "nearest-neighbour", observed: prefix,
                    predictions: examples.map(neighbours.predict), examples: examples))
        }
        return rows
    }

    /// The rows as a text table with a header.
    public static func table(_ rows: [EvaluationRow]) -> String {
        let header = [
            "predictor".padding(toLength: 18, withPad: " ", startingAt: 0), "iter ",
            "conv/runs", "log10-err", "rem-err%", "F1    ", "bal-acc", "cover ", "width80",
        ].joined(separator: "  ")
        return ([header] + rows.map(\.line)).joined(separator: "\n") + "\n"
    }
}
