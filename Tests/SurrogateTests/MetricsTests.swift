import Surrogate
import Testing

@Suite struct MetricsTests {
    @Test func medianOfEvenCountIsMeanOfMiddleTwoAndInfinitiesSortLast() {
        #expect(Metrics.median([4, 1, 3, 2]) == 2.5)
        #expect(Metrics.median([1, .infinity, 3]) == 3)
        #expect(Metrics.median([]).isNaN)
        // A NaN counts as +∞ wherever it stands, so the order of the inputs cannot matter.
        #expect(Metrics.median([.nan, 1, 2, 3]) == 2.5)
        #expect(Metrics.median([1, 2, .nan, 3]) == 2.5)
        #expect(Metrics.median([3, .nan, 2, 1, .nan]) == 3)
    }

    @Test func macroF1AveragesPerClassF1OverClassesSeen() {
        // class 0: TP 1, FP 1, FN 1 -> 0.5; class 1: TP 1, FP 1, FN 1 -> 0.5; class 2: TP 1 -> 1
        let f1 = Metrics.macroF1(predicted: [0, 1, 1, 0, 2], truth: [0, 0, 1, 1, 2])
        #expect(abs(f1 - 2.0 / 3.0) < 1e-12)
    }

    @Test func balancedAccuracyIsMeanRecallOverTrueClasses() {
        // class 0 recall 2/3, class 1 recall 1/1 -> 5/6
        let score = Metrics.balancedAccuracy(predicted: [0, 0, 1, 1], truth: [0, 0, 0, 1])
        #expect(abs(score - 5.0 / 6.0) < 1e-12)
    }

    @Test func percentAndLog10ErrorsAreMediansOfPerRunErrors() {
        // |110-100|/100 = 10%, |50-100|/100 = 50%, |100-100| = 0 -> median 10%
        #expect(
            abs(
                Metrics.medianPercentError(predicted: [110, 50, 100], truth: [100, 100, 100])
                    - 10) < 1e-12)
        #expect(
            abs(Metrics.medianLog10Error(predicted: [1000, 10], truth: [100, 100]) - 1) < 1e-12)
    }

    @Test func coverageCountsTruthsInsideClosedIntervals() {
        let share = Metrics.coverage(
            lower: [0, 10, 5, 1], upper: [10, 20, 6, 2], truth: [10, 9, 5.5, 3])
        #expect(share == 0.5)
    }

    @Test func aPredictionWithNoIntervalHasAnUnboundedWidthWhateverTheOrder() {
        let examples = [10, 20, 30].map { SyntheticRuns.converging(id: Int64($0), rate: 0.1) }
            .map { SurrogateExample(series: $0, observed: 10, windowLength: 8) }
        let bounded = { (width: Double) in
            ConvergencePrediction(
                observed: 10, outcome: .converged, remaining: 40, lower: 40 - width / 2,
                upper: 40 + width / 2)
        }
        // No converged neighbour: the estimate and both ends are +∞ (∞ − ∞ would be NaN).
        let none = ConvergencePrediction(
            observed: 10, outcome: .stalled, remaining: .infinity, lower: .infinity,
            upper: .infinity)
        for predictions in [[none, bounded(10), bounded(30)], [bounded(30), bounded(10), none]] {
            let row = EvaluationRow(
                predictor: "test", observed: 10, predictions: predictions, examples: examples)
            #expect(row.medianWidth == 30)
        }
    }
}
