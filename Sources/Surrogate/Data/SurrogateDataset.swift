import Foundation

/// Training examples cut from finished runs at many prefixes, and the splits: grouped by run
/// (no run in two splits) and, for evaluation, by case family.
public struct SurrogateDataset: Sendable {
    /// Prefixes (iterations observed) at which every run is cut while still iterating.
    public static let defaultPrefixes = [
        10, 15, 20, 25, 30, 40, 50, 60, 75, 100, 125, 150, 200, 250, 300, 400, 500, 700, 1000,
    ]

    /// The examples, run by run, prefixes ascending.
    public var examples: [SurrogateExample]
    /// Resampled window length.
    public var windowLength: Int

    /// Examples of `runs` at each prefix p of `prefixes` with p before the run's last
    /// iteration (a run is only cut while it was still going).
    public init(
        runs: [RunSeries], prefixes: [Int] = defaultPrefixes,
        windowLength: Int = ResidualWindow.defaultLength
    ) {
        self.windowLength = windowLength
        examples = runs.flatMap { run in
            prefixes.filter { $0 < run.iterationCount }.map {
                SurrogateExample(series: run, observed: $0, windowLength: windowLength)
            }
        }
    }

    /// Case families present, sorted.
    public var families: [String] { Array(Set(examples.map(\.family))).sorted() }

    /// Splits runs of the training families into training and validation, about
    /// `fraction` of the runs in validation, chosen by a hash of the run's `identity` (case hash
    /// and parameters), so a run's examples never straddle the split and a rebuilt history,
    /// whatever order its runs were logged in, splits the same way.
    public static func isValidationRun(identity: String, fraction: Double) -> Bool {
        var state: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a offset basis
        for byte in identity.utf8 {
            state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        state = (state ^ (state >> 30)) &* 0xBF58_476D_1CE4_E5B9  // SplitMix64 finaliser
        state = (state ^ (state >> 27)) &* 0x94D0_49BB_1331_11EB
        state ^= state >> 31
        return Double(state % 10_000) / 10_000 < fraction
    }

    /// CSV of the examples: one row each with run, family, prefix, outcome, remaining
    /// iterations (empty when censored or never), budget, the features, then the window values
    /// `equation@k` (masks are implied by empty equations and not written).
    public var csv: String {
        var header = ["run_id", "family", "observed", "outcome", "remaining", "budget"]
        header += SurrogateExample.featureNames
        for equation in ResidualChannels.equations {
            header += (0..<windowLength).map { "\(equation)@\($0)" }
        }
        var lines = [header.joined(separator: ",")]
        let valueCount = ResidualChannels.count * windowLength
        for example in examples {
            var fields = [
                String(example.runID), example.family, String(example.observed),
                example.outcome.description, example.remaining.map(String.init) ?? "",
                String(example.budget),
            ]
            fields += example.features.map { String(format: "%.6g", $0) }
            fields += example.window.prefix(valueCount).map { String(format: "%.5g", $0) }
            lines.append(fields.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
