import Surrogate
import Testing

/// Training on a handful of chosen runs (the fine-tuning experiment of issue 8).
@Suite struct FewRunTrainingTests {
    @Test func selectingRunIDsKeepsExactlyThoseRunsAndNamesTheMissingOnes() throws {
        let runs = ModelTests.family("step", firstID: 10, count: 8)
        let chosen = try RunSeries.selecting([15, 11, 17], from: runs)
        #expect(chosen.map(\.runID) == [11, 15, 17])
        #expect {
            try RunSeries.selecting([3, 12, 99], from: runs)
        } throws: { error in
            "\(error)" == "no finished run with id 3, 99 in the history"
        }
    }

    @Test func fiveRunsTrainWithoutValidationRunsButOneRunIsRefused() throws {
        let runs = ModelTests.family("step", firstID: 1, count: 5)
        var options = SurrogateTrainingOptions()
        options.validationFraction = 0
        options.epochs = 3
        options.patience = 10
        options.windowLength = 8
        var reports = [EpochReport]()
        let model = try SurrogateTraining.train(
            runs: runs, options: options, progress: { reports.append($0) })
        // Every epoch runs (patience 10 > 3 epochs), validated on the five training runs.
        #expect(reports.map(\.epoch) == [1, 2, 3])
        #expect(reports.allSatisfy { $0.validationLoss.isFinite })
        #expect(model.intervalScale > 0 && model.intervalScale.isFinite)
        #expect(model.trainingFamilies == ["step"])
        #expect {
            try SurrogateTraining.train(runs: Array(runs.prefix(1)), options: options)
        } throws: { error in
            "\(error)".hasPrefix("too few runs to train on: 1 usable, at least 2 needed")
        }
    }
}
