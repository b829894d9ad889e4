import Foundation
import NeuralNet

/// Trains a surrogate from finished runs: held-out families removed, the rest split by run
/// into training and validation, features standardised on the training examples, AdamW with
/// a cosine-annealed rate and gradient clipping, early stopping on the validation loss, then
/// the interval calibrated on the validation runs.
public enum SurrogateTraining {
    /// The trained model; `progress` receives one report per epoch.
    ///
    /// Fine-tuning: with `initial`, training starts from that model's weights and input
    /// normalisation, with the parts in `freeze` left bit-identical. A feature the base model
    /// never saw vary (its training scale is exactly 1 and its mean is what every base example
    /// had) and that differs in the new data gets its normalisation from the new data, since
    /// the weights reading it were never trained; `note` receives one line per such feature.
    public static func train(
        runs: [RunSeries], options: SurrogateTrainingOptions, initial: SurrogateModel? = nil,
        freeze: [FrozenPart] = [], note: (String) -> Void = { _ in },
        progress: (EpochReport) -> Void = { _ in }
    ) throws(SurrogateError) -> SurrogateModel {
        if initial == nil, let problem = options.architecture.problem {
            throw .architecture(problem)
        }
        let families = Set(runs.map(\.family))
        for family in options.heldOutFamilies where !families.contains(family) {
            throw .tooFewRuns(
                found: 0, needed: 1,
                detail: "held-out family '\(family)' has no runs; families: "
                    + families.sorted().joined(separator: ", "))
        }
        let trainable = runs.filter { !options.heldOutFamilies.contains($0.family) }
        let trainingRuns = trainable.filter {
            !SurrogateDataset.isValidationRun(
                identity: $0.identity, fraction: options.validationFraction)
        }
        let validationRuns =
            options.validationFraction > 0
            ? trainable.filter {
                SurrogateDataset.isValidationRun(
                    identity: $0.identity, fraction: options.validationFraction)
            } : trainingRuns
        let needed =
            options.validationFraction > 0
            ? SurrogateTrainingOptions.minimumRuns
            : SurrogateTrainingOptions.minimumRunsWithoutValidation
        guard trainable.count >= needed, validationRuns.count >= 2, trainingRuns.count >= 2
        else {
            throw .tooFewRuns(
                found: trainable.count, needed: needed,
                detail: "\(trainingRuns.count) training and \(validationRuns.count) validation runs"
                    + " outside the held-out families")
        }
        let windowLength = initial?.windowLength ?? options.windowLength
        let training = SurrogateDataset(runs: trainingRuns, windowLength: windowLength)
        let validation = SurrogateDataset(runs: validationRuns, windowLength: windowLength)
        guard !training.examples.isEmpty, !validation.examples.isEmpty else {
            throw .tooFewRuns(
                found: trainable.count, needed: needed,
                detail: "the runs are shorter than the first prefix of "
                    + "\(SurrogateDataset.defaultPrefixes[0]) iterations")
        }
        let (mean, scale) = standardisation(of: training.examples.map(\.features))
        let trainedFamilies = Array(Set(trainable.map(\.family))).sorted()
        let model: SurrogateModel
        if let initial {
            model = initial
            for i in mean.indices
            where initial.neverVaried(i)
                && (scale[i] != 1 || abs(mean[i] - initial.featureMean[i]) > 1e-9)
            {
                note(
                    "feature '\(SurrogateExample.featureNames[i])' never varied in the base "
                        + "model's data (always \(initial.featureMean[i])); its normalisation now "
                        + "comes from the new runs")
                model.featureMean[i] = mean[i]
                model.featureScale[i] = scale[i]
            }
            model.trainingFamilies = Array(Set(initial.trainingFamilies + trainedFamilies)).sorted()
            model.heldOutFamilies = options.heldOutFamilies.sorted()
            model.network.freeze(freeze)
        } else {
            model = SurrogateModel(
                network: ResNet(
                    configuration: SurrogateModel.architecture(options.architecture),
                    seed: options.seed),
                windowLength: windowLength, featureMean: mean, featureScale: scale,
                trainingFamilies: trainedFamilies, heldOutFamilies: options.heldOutFamilies.sorted()
            )
        }
        fit(
            model, training: training.examples, validation: validation.examples,
            options: options, progress: progress)
        model.network.unfreezeAll()
        model.intervalScale = calibratedIntervalScale(model, validation: validation.examples)
        return model
    }

    /// Per-column mean and standard deviation (1 for a constant column).
    static func standardisation(of rows: [[Double]]) -> (mean: [Double], scale: [Double]) {
        let width = rows.first?.count ?? 0
        let n = Double(max(rows.count, 1))
        let mean = (0..<width).map { i in rows.reduce(0) { $0 + $1[i] } / n }
        let scale = (0..<width).map { i in
            let variance = rows.reduce(0) { $0 + ($1[i] - mean[i]) * ($1[i] - mean[i]) } / n
            return variance > 1e-12 ? variance.squareRoot() : 1
        }
        return (mean, scale)
    }

    /// The epochs, keeping the weights of the best validation loss.
    static func fit(
        _ model: SurrogateModel, training: [SurrogateExample], validation: [SurrogateExample],
        options: SurrogateTrainingOptions, progress: (EpochReport) -> Void
    ) {
        var configuration = TrainingConfiguration()
        configuration.batchSize = options.batchSize
        configuration.gradientClipNorm = 5
        configuration.weightDecay = 1e-4
        let trainer = Trainer(configuration: configuration)
        let optimiser = Adam(weightDecay: 1e-4, decoupled: true)
        let classWeights = SurrogateObjective.classWeights(of: training)
        let trainingSet = sampleSet(model, training, classWeights: classWeights)
        let validationSet = sampleSet(model, validation, classWeights: classWeights)
        var shuffle = SplitMix64(seed: options.seed &+ 1)
        var best = (loss: Float.infinity, state: model.network.state)
        var sinceBest = 0
        for epoch in 0..<options.epochs {
            let start = Date()
            let phase = Double(epoch) / Double(max(options.epochs, 1))
            let rate =
                options.learningRate * Float(0.05 + 0.95 * 0.5 * (1 + cos(Double.pi * phase)))
            let order = shuffle.permutation(trainingSet.count)
            var lossSum = 0.0
            for first in stride(from: 0, to: order.count, by: options.batchSize) {
                let batch = Array(order[first..<min(first + options.batchSize, order.count)])
                let loss = trainer.step(
                    model.network, optimiser: optimiser, batch: trainingSet.gathering(batch),
                    learningRate: rate, objective: SurrogateObjective.loss)
                lossSum += Double(loss) * Double(batch.count)
            }
            let validationLoss = trainer.evaluate(
                model.network, on: validationSet, objective: SurrogateObjective.loss)
            let predictions = model.predict(validation)
            progress(
                EpochReport(
                    epoch: epoch + 1, epochs: options.epochs,
                    trainingLoss: lossSum / Double(max(order.count, 1)),
                    validationLoss: Double(validationLoss),
                    validationMacroF1: Metrics.macroF1(
                        predicted: predictions.map(\.outcome.rawValue),
                        truth: validation.map(\.outcome.rawValue)),
                    validationMedianPercentError: medianPercentError(predictions, validation),
                    seconds: Date().timeIntervalSince(start)))
            if validationLoss < best.loss {
                best = (validationLoss, model.network.state)
                sinceBest = 0
            } else {
                sinceBest += 1
                if sinceBest >= options.patience { break }
            }
        }
        // The state has exactly the network's names and shapes, so loading it cannot fail.
        try? model.network.load(
            state: Dictionary(uniqueKeysWithValues: best.state.map { ($0.name, $0.tensor) }))
    }

    /// Inputs and targets of `examples` as the trainer takes them.
    static func sampleSet(
        _ model: SurrogateModel, _ examples: [SurrogateExample], classWeights: [Double]
    ) -> SampleSet {
        let (sequences, features) = model.inputs(examples.map(\.input))
        return SampleSet(
            sequences: sequences, features: features,
            targets: Tensor(
                shape: [examples.count, SurrogateObjective.targetWidth],
                scalars: examples.flatMap {
                    SurrogateObjective.targets(of: $0, classWeights: classWeights)
                }))
    }

    /// Median percentage error of the remaining iterations over converged examples.
    static func medianPercentError(
        _ predictions: [ConvergencePrediction], _ examples: [SurrogateExample]
    ) -> Double {
        let pairs = zip(predictions, examples).compactMap { prediction, example in
            example.remaining.map { (prediction.remaining, Double($0)) }
        }
        return Metrics.medianPercentError(
            predicted: pairs.map(\.0), truth: pairs.map(\.1))
    }

    /// c such that 80% of converged validation examples have
    /// |log10(1 + n) − μ| ≤ 1.2816·c·σ: the 80th percentile of |log10(1 + n) − μ|/(1.2816·σ).
    static func calibratedIntervalScale(
        _ model: SurrogateModel, validation: [SurrogateExample]
    ) -> Double {
        model.intervalScale = 1
        let predictions = model.predict(validation)
        var ratios = [Double]()
        for (prediction, example) in zip(predictions, validation) {
            guard let remaining = example.remaining else { continue }
            let mean = log10(1 + prediction.remaining)
            let half = log10(1 + prediction.upper) - mean
            guard half > 0 else { continue }
            ratios.append(abs(log10(1 + Double(remaining)) - mean) / half)
        }
        guard !ratios.isEmpty else { return 1 }
        ratios.sort()
        return ratios[min(ratios.count - 1, Int(0.8 * Double(ratios.count)))]
    }
}
