/// Mini-batch training of a `ResNet` with Adam/AdamW, a learning-rate schedule, gradient
/// clipping and early stopping on a validation set.
///
/// Reproducible: the shuffle comes from `SplitMix64(shuffleSeed)`, dropout masks from the
/// network's seed, and every reduction has a fixed order, so the same seeds give the same
/// weights bit for bit on one machine.
public struct Trainer {
    /// Settings.
    public var configuration: TrainingConfiguration

    /// A trainer with the given settings.
    public init(configuration: TrainingConfiguration) {
        self.configuration = configuration
    }

    /// Trains `network` in place on `training`, evaluating `objective` on `validation` after
    /// every epoch when given. With early stopping the network ends with its best weights.
    public func fit(
        _ network: ResNet, training: SampleSet, validation: SampleSet? = nil,
        objective: Objective
    ) -> TrainingHistory {
        let optimiser = Adam(
            weightDecay: configuration.weightDecay, decoupled: configuration.decoupledWeightDecay)
        var shuffle = SplitMix64(seed: configuration.shuffleSeed)
        var history = TrainingHistory()
        var learningRate = configuration.learningRate
        var best = (loss: Float.infinity, epoch: 0, state: network.state)
        var epochsSinceImprovement = 0
        var plateauEpochs = 0
        var plateauBest = Float.infinity
        for epoch in 0..<configuration.epochs {
            learningRate = configuration.schedule.rate(
                epoch: epoch, epochs: configuration.epochs, base: configuration.learningRate,
                current: learningRate)
            history.learningRate.append(learningRate)
            let order = shuffle.permutation(training.count)
            var lossSum = 0.0
            for start in stride(from: 0, to: training.count, by: configuration.batchSize) {
                let end = min(start + configuration.batchSize, order.count)
                let loss = step(
                    network, optimiser: optimiser,
                    batch: training.gathering(Array(order[start..<end])),
                    learningRate: learningRate, objective: objective)
                lossSum += Double(loss) * Double(end - start)
            }
            history.trainingLoss.append(Float(lossSum / Double(max(1, training.count))))
            guard let validation else { continue }
            let validationLoss = evaluate(network, on: validation, objective: objective)
            history.validationLoss.append(validationLoss)
            if validationLoss < best.loss {
                best = (validationLoss, epoch, network.state)
                epochsSinceImprovement = 0
            } else {
                epochsSinceImprovement += 1
            }
            if case .reduceOnPlateau(let factor, let patience, let minimum) = configuration.schedule
            {
                if validationLoss < plateauBest {
                    plateauBest = validationLoss
                    plateauEpochs = 0
                } else {
                    plateauEpochs += 1
                    if plateauEpochs > patience {
                        learningRate = max(minimum, learningRate * factor)
                        plateauEpochs = 0
                    }
                }
            }
            if let patience = configuration.earlyStoppingPatience,
                epochsSinceImprovement >= patience
            {
                history.stoppedEarly = epoch < configuration.epochs - 1
                break
            }
        }
        if validation != nil, configuration.earlyStoppingPatience != nil {
            // The saved state has exactly the network's names and shapes, so this cannot throw.
            try? network.load(
                state: Dictionary(uniqueKeysWithValues: best.state.map { ($0.name, $0.tensor) }))
            history.bestEpoch = best.epoch
        } else {
            history.bestEpoch = history.trainingLoss.count - 1
        }
        return history
    }

    /// One optimiser step on `batch`; returns the batch loss.
    public func step(
        _ network: ResNet, optimiser: Adam, batch: SampleSet, learningRate: Float,
        objective: Objective
    ) -> Float {
        network.zeroGradients()
        let output = network.forward(
            sequences: batch.sequences, features: batch.features, mode: .training)
        let (loss, gradient) = objective(output, batch.targets)
        network.backward(gradient)
        let trainable = network.trainableParameters
        if let maxNorm = configuration.gradientClipNorm {
            Adam.clipGradientNorm(trainable, maxNorm: maxNorm)
        }
        optimiser.update(trainable, learningRate: learningRate)
        return loss
    }

    /// Mean objective over `samples` in inference mode, in batches of `batchSize`
    /// (each batch weighted by its size).
    public func evaluate(_ network: ResNet, on samples: SampleSet, objective: Objective) -> Float {
        var sum = 0.0
        for start in stride(from: 0, to: samples.count, by: configuration.batchSize) {
            let batch = samples.slicing(start..<min(start + configuration.batchSize, samples.count))
            let output = network.forward(
                sequences: batch.sequences, features: batch.features, mode: .inference)
            sum += Double(objective(output, batch.targets).value) * Double(batch.count)
        }
        return Float(sum / Double(max(1, samples.count)))
    }
}
