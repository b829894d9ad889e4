import NeuralNet
import Testing

/// Adam, AdamW, clipping, BatchNorm running statistics and the plateau schedule follow their
/// closed forms.
@Suite struct OptimiserTests {
    @Test func adamFirstStepMovesEachWeightByTheRateAgainstTheGradientSign() {
        let parameter = Parameter(Tensor(shape: [3], scalars: [1, -2, 3]))
        parameter.gradient = Tensor(shape: [3], scalars: [0.5, -0.1, 0])
        Adam().update([parameter], learningRate: 0.01)
        // m̂ = g, v̂ = g² after one step: θ −= η·g/(|g| + ε).
        let expected: [Float] = [0.99, -1.99, 3]
        #expect(zip(parameter.value.scalars, expected).allSatisfy { abs($0 - $1) < 1e-6 })
    }

    @Test func decoupledDecayShrinksWeightsWhileL2DecayActsThroughTheGradient() {
        let decoupled = Parameter(Tensor(shape: [1], scalars: [1]))
        Adam(weightDecay: 0.1, decoupled: true).update([decoupled], learningRate: 0.01)
        // Zero gradient: only θ·(1 − η·λ) acts.
        #expect(abs(decoupled.value.scalars[0] - 0.999) < 1e-7)
        let coupled = Parameter(Tensor(shape: [1], scalars: [1]))
        Adam(weightDecay: 0.1, decoupled: false).update([coupled], learningRate: 0.01)
        // g = λ·θ = 0.1 > 0, so the first step is −η.
        #expect(abs(coupled.value.scalars[0] - 0.99) < 1e-6)
    }

    @Test func frozenParametersAreNotUpdated() {
        let parameter = Parameter(Tensor(shape: [2], scalars: [1, 2]))
        parameter.gradient = Tensor(shape: [2], scalars: [1, 1])
        parameter.isFrozen = true
        Adam(weightDecay: 0.5, decoupled: true).update([parameter], learningRate: 0.1)
        #expect(parameter.value.scalars == [1, 2])
    }

    @Test func gradientClippingScalesTheGlobalNormToTheLimit() {
        let a = Parameter(Tensor(shape: [1], scalars: [0]))
        let b = Parameter(Tensor(shape: [1], scalars: [0]))
        a.gradient = Tensor(shape: [1], scalars: [3])
        b.gradient = Tensor(shape: [1], scalars: [4])
        let norm = Adam.clipGradientNorm([a, b], maxNorm: 1)
        #expect(norm == 5)
        #expect(abs(a.gradient.scalars[0] - 0.6) < 1e-6 && abs(b.gradient.scalars[0] - 0.8) < 1e-6)
    }

    @Test func batchNormRunningStatisticsUseMomentumAndTheUnbiasedVariance() {
        let norm = BatchNorm1d(channels: 1)
        // Values 1, 2, 3, 4: mean 2.5, biased variance 1.25, unbiased 5/3.
        let output = norm.forward(
            Tensor(shape: [2, 1, 2], scalars: [1, 2, 3, 4]), mode: .training)
        #expect(abs(norm.runningMean.scalars[0] - 0.25) < 1e-6)
        #expect(abs(norm.runningVariance.scalars[0] - (0.9 + 0.1 * 5 / 3)) < 1e-6)
        let expected = (1 - 2.5) / (1.25 + 1e-5).squareRoot()
        #expect(abs(Double(output.scalars[0]) - expected) < 1e-5)
    }

    @Test func reduceOnPlateauHalvesTheRateAfterPatienceEpochsWithoutImprovement() {
        var configuration = TrainingConfiguration()
        configuration.epochs = 6
        configuration.batchSize = 4
        configuration.learningRate = 1e-3
        configuration.schedule = .reduceOnPlateau(factor: 0.5, patience: 1, minimum: 1e-5)
        let network = ResNet(configuration: TrainingTests.smallConfiguration, seed: 1)
        // Everything frozen: the validation loss cannot improve after the first epoch.
        for (_, parameter) in network.namedParameters { parameter.isFrozen = true }
        let samples = TrainingTests.decayCurves(count: 8, time: 8, seed: 3)
        let history = Trainer(configuration: configuration).fit(
            network, training: samples, validation: samples, objective: TrainingTests.objective)
        #expect(history.learningRate == [1e-3, 1e-3, 1e-3, 5e-4, 5e-4, 2.5e-4])
    }
}
