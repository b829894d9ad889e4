import Foundation
import Surrogate
import Testing

@Suite struct BaselineTests {
    @Test func slopeOfAStraightLineIsItsGradient() {
        #expect(abs(LogLinearExtrapolation.slope(of: [3, 2.5, 2, 1.5]) + 0.5) < 1e-12)
    }

    @Test func logLinearExtrapolationIsExactOnGeometricResiduals() {
        // r(i) = 10^(−0.02 i): meets 1e-5 at i = 250; after 50 observed, 200 remain.
        let run = SyntheticRuns.converging(id: 1, rate: 0.02)
        let prediction = LogLinearExtrapolation().predict(run, observed: 50)
        #expect(abs(prediction.remaining - 200) < 1e-6)
        #expect(abs(prediction.lower - 200) < 1e-6 && abs(prediction.upper - 200) < 1e-6)
        #expect(prediction.outcome == .converged)
    }

    @Test func contractionFactorIsExactOnGeometricResiduals() {
        let run = SyntheticRuns.converging(id: 1, rate: 0.025)
        let prediction = ContractionFactor().predict(run, observed: 40)
        #expect(abs(prediction.remaining - 160) < 1e-6)
        #expect(prediction.outcome == .converged)
    }

    @Test func extrapolationBeyondTheLimitPredictsNotConverged() {
        // 0.005 decades per iteration needs 1000 iterations, the limit is 300.
        let run = SyntheticRuns.geometric(
            id: 1, rate: 0.005, iterations: 300, limit: 300, outcome: .notConverged)
        #expect(LogLinearExtrapolation().predict(run, observed: 50).outcome == .notConverged)
        #expect(ContractionFactor().predict(run, observed: 50).outcome == .notConverged)
    }

    @Test func flatResidualsPredictStallAndRisingOnesDivergence() {
        let flat = SyntheticRuns.geometric(
            id: 1, rate: 0, start: -2, iterations: 100, limit: 300, outcome: .stalled)
        let prediction = LogLinearExtrapolation().predict(flat, observed: 50)
        #expect(prediction.outcome == .stalled && prediction.remaining == .infinity)
        let rising = SyntheticRuns.geometric(
            id: 2, rate: -0.1, start: -3, iterations: 60, limit: 300, outcome: .diverged)
        #expect(ContractionFactor().predict(rising, observed: 50).outcome == .diverged)
    }

    @Test func nearestNeighbourReturnsTheClosestRunsOutcomeAndRemainingIterations() {
        let training = [0.01, 0.02, 0.05].enumerated().map { index, rate in
            SyntheticRuns.converging(id: Int64(index), rate: rate)
        }
        let dataset = SurrogateDataset(runs: training, prefixes: [50])
        let baseline = NearestNeighbour(training: dataset.examples, k: 1)
        let query = SurrogateExample(
            series: SyntheticRuns.converging(id: 9, rate: 0.0201), observed: 50, windowLength: 32)
        let prediction = baseline.predict(query)
        // The 0.02 run converges at 250: 200 remain after 50.
        #expect(prediction.remaining == 200)
        #expect(prediction.probabilities[SurrogateOutcome.converged.rawValue] == 1)
    }
}
