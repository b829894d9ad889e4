import Foundation
import NeuralNet
import Surrogate
import Testing

@Suite struct ModelTests {
    /// Runs of one family: converging at many rates, slow ones censored at the limit, flat
    /// ones stalled.
    static func family(_ name: String, firstID: Int64, count: Int) -> [RunSeries] {
        (0..<count).map { index -> RunSeries in
            let id = firstID + Int64(index)
            switch index % 4 {
            case 3:
                return SyntheticRuns.geometric(
                    id: id, family: name, rate: 0, start: -2, iterations: 150, limit: 300,
                    outcome: .stalled, features: [2, 2.5, 0.5, 0.7, 0, 1, -5, 0])
            default:
                let rate = 0.01 + 0.03 * Double(index) / Double(count)
                return SyntheticRuns.converging(id: id, family: name, rate: rate)
            }
        }
    }

    @Test func objectiveGradientMatchesFiniteDifferences() {
        let output = Tensor(
            shape: [3, 6],
            scalars: [
                0.2, -0.1, 0.4, 0.0, 0.19, -0.5, 0.3, 0.8, -0.2, 0.1, 0.12, 0.3,
                -0.4, 0.2, 0.6, 0.9, -0.07, 0.1,
            ])
        // converged (class 0, log10 n − anchor = 0.25), censored (class 1, log10 budget −
        // anchor = 0.3, above the mean so the hinge is active), stalled;
        // class weights 1, 3.5 and 0.5.
        let targets = Tensor(
            shape: [3, 4], scalars: [0, 0.25, 1, 1, 1, 0.3, 2, 3.5, 2, 0, 0, 0.5])
        let (_, gradient) = SurrogateObjective.loss(output: output, targets: targets)
        let step: Float = 1e-3
        for i in 0..<output.count {
            var plus = output
            var minus = output
            plus.scalars[i] += step
            minus.scalars[i] -= step
            let numeric =
                (SurrogateObjective.loss(output: plus, targets: targets).value
                    - SurrogateObjective.loss(output: minus, targets: targets).value) / (2 * step)
            #expect(abs(numeric - gradient.scalars[i]) < 2e-3, "element \(i)")
        }
    }

    @Test func tooFewRunsIsAClearErrorNotACrash() {
        let runs = Self.family("cavity", firstID: 1, count: 5)
        #expect {
            try SurrogateTraining.train(runs: runs, options: SurrogateTrainingOptions())
        } throws: { error in
            "\(error)".hasPrefix("too few runs to train on: 5 usable, at least 12 needed")
        }
        var options = SurrogateTrainingOptions()
        options.heldOutFamilies = ["channel"]
        #expect {
            try SurrogateTraining.train(runs: runs, options: options)
        } throws: { error in
            "\(error)".contains("held-out family 'channel' has no runs")
        }
    }

    @Test func trainedModelLearnsRemainingIterationsAndOutcomeOnAHeldOutFamily() throws {
        let runs =
            Self.family("a", firstID: 1, count: 40) + Self.family("b", firstID: 100, count: 12)
        var options = SurrogateTrainingOptions()
        options.heldOutFamilies = ["b"]
        options.epochs = 25
        options.windowLength = 16
        var reports = [EpochReport]()
        let model = try SurrogateTraining.train(
            runs: runs, options: options, progress: { reports.append($0) })
        #expect(reports.count >= 5)
        #expect(reports.last?.line.hasPrefix("epoch") == true)
        let rows = SurrogateEvaluation.rows(
            model: model, testRuns: runs.filter { $0.family == "b" },
            trainingRuns: runs.filter { $0.family == "a" }, prefixes: [50])
        let surrogate = try #require(rows.first { $0.predictor == "surrogate" })
        // Geometric residuals make the remaining iterations a function of the slope: a
        // learned model must be within 25% in median and separate stalled from converging.
        #expect(surrogate.medianPercentError < 25)
        #expect(surrogate.macroF1 > 0.9)
    }

    @Test func modelFileRoundTripsAndRefusesOtherArchitecturesAndVersions() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let width = SurrogateExample.featureNames.count
        let model = SurrogateModel(
            network: ResNet(configuration: SurrogateModel.architecture(), seed: 3),
            windowLength: 8, featureMean: Array(repeating: 0.5, count: width),
            featureScale: Array(repeating: 2, count: width), intervalScale: 1.3,
            trainingFamilies: ["a"], heldOutFamilies: ["b"])
        let path = scratch.file("m.safetensors")
        try model.save(to: path)
        let loaded = try SurrogateModel.load(from: path)
        let example = SurrogateExample(
            series: SyntheticRuns.converging(id: 1, rate: 0.02), observed: 30, windowLength: 8)
        #expect(loaded.predict([example]) == model.predict([example]))
        #expect(loaded.heldOutFamilies == ["b"] && loaded.intervalScale == 1.3)

        let other = scratch.file("other.safetensors")
        try ResNet(configuration: .small, seed: 1).save(to: other, normalisation: [:])
        #expect(
            throws: SurrogateError.incompatibleModel(
                path: other, reason: "no 'courant.surrogate' metadata")
        ) {
            try SurrogateModel.load(from: other)
        }
        var wrongShape = SurrogateModel.architecture()
        wrongShape.inputChannels = 6
        let reshaped = scratch.file("reshaped.safetensors")
        try ResNet(configuration: wrongShape, seed: 1).save(
            to: reshaped,
            normalisation: [
                "surrogate_format": "courant.surrogate",
                "surrogate_version": SurrogateModel.formatVersion,
                "channels": ResidualChannels.equations.joined(separator: " "),
                "features": SurrogateExample.featureNames.joined(separator: " "),
            ])
        #expect {
            try SurrogateModel.load(from: reshaped)
        } throws: { error in
            "\(error)".contains("architecture 6 channels")
        }
        let future = scratch.file("future.safetensors")
        try ResNet(configuration: SurrogateModel.architecture(), seed: 1).save(
            to: future,
            normalisation: ["surrogate_format": "courant.surrogate", "surrogate_version": "9"])
        #expect(
            throws: SurrogateError.incompatibleModel(
                path: future,
                reason: "surrogate version 9, this build reads \(SurrogateModel.formatVersion)")
        ) {
            try SurrogateModel.load(from: future)
        }
    }

    @Test func fineTuningWithAllButHeadFrozenChangesOnlyTheHeadAndAdoptsAnUnseenFeature() throws {
        var options = SurrogateTrainingOptions()
        options.epochs = 2
        options.windowLength = 8
        let base = try SurrogateTraining.train(
            runs: Self.family("a", firstID: 1, count: 16), options: options)
        let before = Dictionary(
            uniqueKeysWithValues: base.network.state.map { ($0.name, $0.tensor) })
        let energyIndex = CaseFeatures.names.firstIndex(of: "energy") ?? 0
        // The new family solves energy: a feature that was 0 in every base run.
        let heated = Self.family("heated", firstID: 100, count: 16).map { run -> RunSeries in
            var run = run
            run.features.values[energyIndex] = 1
            return run
        }
        var notes = [String]()
        let tuned = try SurrogateTraining.train(
            runs: heated, options: options, initial: base, freeze: [.allButHead],
            note: { notes.append($0) })
        for (name, tensor) in tuned.network.state {
            if name.hasPrefix("head.") {
                #expect(before[name] != tensor, "\(name) should have trained")
            } else {
                #expect(before[name] == tensor, "\(name) should be bit-identical")
            }
        }
        #expect(
            notes == [
                "feature 'energy' never varied in the base model's data (always 0.0); its "
                    + "normalisation now comes from the new runs"
            ])
        #expect(tuned.featureMean[energyIndex] == 1)
        #expect(tuned.trainingFamilies == ["a", "heated"])
    }
}
