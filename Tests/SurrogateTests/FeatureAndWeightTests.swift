import Foundation
import Surrogate
import Testing

@Suite struct FeatureAndWeightTests {
    /// Continuity falls 0.02 decades an iteration until iteration 40 and is flat after; both
    /// velocities fall 0.01 throughout. After 60 iterations the slowest residual over the last
    /// 20 is continuity at 0 decades per 100 iterations; over the last 30 (half of those
    /// observed) continuity again, (0.8 − 0.6)/30·100 = 0.667.
    @Test func slowestFallIsReadOverTheLastTwentyAndTheLastHalfOfTheIterations() throws {
        let continuity = (1...80).map { pow(10, -0.02 * Double(min($0, 40))) }
        let velocity = (1...80).map { pow(10, -0.01 * Double($0)) }
        let run = RunSeries(
            runID: 1, family: "cavity",
            features: CaseFeatures(values: [2, 2.5, 0.5, 0.7, 1, 1, -5, 0]),
            residuals: [continuity, velocity, velocity, []],
            criteria: [1e-5, 1e-5, 1e-5, nil], outcome: .stalled, convergedAt: nil,
            iterationLimit: 300)
        let example = SurrogateExample(series: run, observed: 60, windowLength: 8)
        let names = SurrogateExample.featureNames
        let recent = try #require(names.firstIndex(of: "slowest-fall-recent"))
        let half = try #require(names.firstIndex(of: "slowest-fall-half"))
        #expect(abs(example.features[recent]) < 1e-9)
        #expect(abs(example.features[half] - 20.0 / 30.0) < 1e-9)
    }

    /// Six converged, two stalled, one diverged: w = N/(K·N_k) = 9/(3·6), 9/(3·2), 9/(3·1);
    /// the absent class keeps 1. One diverged run among 100 would weigh 50: capped at 5.
    @Test func classWeightsBalanceThePresentClassesAndAreCapped() {
        func examples(_ counts: [(SurrogateOutcome, Int)]) -> [SurrogateExample] {
            var id: Int64 = 0
            return counts.flatMap { outcome, count in
                (0..<count).map { _ in
                    id += 1
                    return SurrogateExample(
                        series: SyntheticRuns.geometric(
                            id: id, rate: 0.01, iterations: 50, limit: 300, outcome: outcome),
                        observed: 20, windowLength: 8)
                }
            }
        }
        let weights = SurrogateObjective.classWeights(
            of: examples([(.converged, 6), (.stalled, 2), (.diverged, 1)]))
        #expect(weights == [0.5, 1, 1.5, 3])
        let capped = SurrogateObjective.classWeights(
            of: examples([(.converged, 99), (.diverged, 1)]))
        #expect(capped[SurrogateOutcome.diverged.rawValue] == SurrogateObjective.largestClassWeight)
        #expect(abs(capped[0] - 100.0 / 198) < 1e-12)
    }
}

@Suite struct LimitSplitTests {
    /// Predicted n = 100 remaining (log10(1 + n) = μ) with 100 iterations left: z = 0, so the
    /// 0.7 that neither stalls nor diverges splits evenly; with 10⁶ left it all converges;
    /// stalled and diverged are untouched.
    @Test func convergedAndNotConvergedAreSplitByTheRemainingIterationsAgainstTheLimit() {
        let probabilities = [0.5, 0.2, 0.2, 0.1]
        let mean = log10(101.0)
        let even = SurrogateModel.splitAtTheLimit(
            probabilities, mean: mean, sigma: 0.1, iterationsLeft: 100)
        #expect(zip(even, [0.35, 0.35, 0.2, 0.1]).allSatisfy { abs($0 - $1) < 1e-12 })
        let far = SurrogateModel.splitAtTheLimit(
            probabilities, mean: mean, sigma: 0.1, iterationsLeft: 1e6)
        #expect(abs(far[0] - 0.7) < 1e-12 && far[1] < 1e-12)
        #expect(far[2] == 0.2 && far[3] == 0.1)
        // One σ short of the limit: Φ(−1) = 0.158655 of the 0.7 converges in time.
        let short = SurrogateModel.splitAtTheLimit(
            probabilities, mean: mean, sigma: 0.1, iterationsLeft: pow(10, mean - 0.1) - 1)
        #expect(abs(short[0] - 0.7 * 0.158655) < 1e-6)
    }

    /// A run no stall monitor can stop: the 0.2 stalled joins the 0.7 going on, and the whole
    /// 0.9 is split at the limit; diverged is untouched.
    @Test func withoutAStallMonitorTheStalledShareGoesOnIterating() {
        let folded = SurrogateModel.withoutStalls([0.5, 0.2, 0.2, 0.1])
        #expect(zip(folded, [0.7, 0.2, 0, 0.1]).allSatisfy { abs($0 - $1) < 1e-12 })
        let even = SurrogateModel.splitAtTheLimit(
            folded, mean: log10(101.0), sigma: 0.1, iterationsLeft: 100)
        #expect(zip(even, [0.45, 0.45, 0, 0.1]).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    @Test func aRunStopsOnStallOnlyWhenTheMonitorIsOnAndStops() {
        let features = { (active: String?, stop: String?) in
            var settings: [String: String] = [:]
            settings["/solve/monitors/stall/active?"] = active
            settings["/solve/monitors/stall/stop-on-stall?"] = stop
            return CaseFeatures(settings: settings, criteria: [:], equations: []).stopsOnStall
        }
        #expect(features("yes", "yes"))
        #expect(!features("yes", "no"))
        #expect(!features("no", "yes"))
        #expect(!features(nil, nil))
        #expect(CaseFeatures(values: Array(repeating: 0, count: 8)).stopsOnStall)
    }
}
