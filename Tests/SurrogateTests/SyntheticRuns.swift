import Foundation
import RunHistory
import Surrogate

/// Runs whose residuals fall geometrically, so the iteration they meet a criterion is known
/// exactly: r(i) = 10^(start − rate·i) on continuity and both velocities.
enum SyntheticRuns {
    /// A run of `family` falling `rate` decades per iteration from 10^`start`, judged
    /// against `criterion`, that ends as `outcome` after `iterations`.
    static func geometric(
        id: Int64, family: String = "cavity", rate: Double, start: Double = 0,
        criterion: Double = 1e-5, iterations: Int, limit: Int, outcome: SurrogateOutcome,
        features: [Double]? = nil
    ) -> RunSeries {
        let series = (1...iterations).map { pow(10, start - rate * Double($0)) }
        let caseFeatures = CaseFeatures(
            values: features ?? [2, 2.5, 0.5, 0.7, 1, 1, log10(criterion), 0])
        let converged: Int? = outcome == .converged ? iterations : nil
        return RunSeries(
            runID: id, family: family, features: caseFeatures,
            residuals: [series, series, series, []],
            criteria: [criterion, criterion, criterion, nil], outcome: outcome,
            convergedAt: converged, iterationLimit: limit)
    }

    /// A converged geometric run: the iteration count is where r first meets the criterion.
    static func converging(id: Int64, family: String = "cavity", rate: Double, limit: Int = 600)
        -> RunSeries
    {
        let needed = Int((5 / rate).rounded())
        return geometric(
            id: id, family: family, rate: rate, iterations: needed, limit: limit,
            outcome: .converged,
            features: [2, 2.5, 0.5, 0.7, 1, 1, -5, 0].enumerated().map { index, value in
                index == 2 ? rate * 50 : value
            })
    }
}

/// A fresh directory for one test's files.
struct ScratchDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "courant-surrogate-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
