import NeuralNet
import Testing

/// Every layer's backward pass agrees with finite differences (relative error < 1e-3, Float32).
@Suite struct LayerGradientTests {
    static let tolerance = 1e-3

    @Test func linearGradientsMatchFiniteDifferences() {
        var check = GradientCheck()
        let layer = Linear(inFeatures: 7, outFeatures: 5, rng: &check.rng)
        let result = check.worstError(of: layer, input: check.random([3, 7]))
        #expect(result.error < Self.tolerance, "\(result), seed \(check.seed)")
    }

    /// Time 600 puts one sample per GEMM group, so a chunk of two samples accumulates ∂W
    /// over two groups.
    @Test(arguments: [(1, 11), (3, 11), (5, 11), (8, 11), (8, 600)])
    func conv1dGradientsMatchFiniteDifferences(kernelSize: Int, time: Int) {
        var check = GradientCheck()
        let layer = Conv1d(inChannels: 3, outChannels: 4, kernelSize: kernelSize, rng: &check.rng)
        let result = check.worstError(of: layer, input: check.random([5, 3, time]))
        #expect(
            result.error < Self.tolerance,
            "k \(kernelSize), time \(time): \(result), seed \(check.seed)")
    }

    @Test func batchNormTrainingGradientsMatchFiniteDifferences() {
        var check = GradientCheck()
        let layer = BatchNorm1d(channels: 4)
        layer.weight.value = check.random([4])
        layer.bias.value = check.random([4])
        let result = check.worstError(of: layer, input: check.random([3, 4, 6]))
        #expect(result.error < Self.tolerance, "\(result), seed \(check.seed)")
    }

    @Test func frozenBatchNormUsesRunningStatisticsAndItsGradientMatches() {
        var check = GradientCheck()
        let layer = BatchNorm1d(channels: 3)
        layer.runningMean = check.random([3])
        layer.runningVariance = Tensor(shape: [3], scalars: [0.5, 1.5, 2.0])
        layer.weight.isFrozen = true
        let before = layer.runningMean
        let result = check.worstError(of: layer, input: check.random([4, 3]))
        #expect(result.error < Self.tolerance, "\(result), seed \(check.seed)")
        #expect(layer.runningMean == before)
    }

    /// A norm that `rectifies` gives the bits of a BatchNorm followed by a ReLU, and with a
    /// residual those of BatchNorm, the sum, then the ReLU: forward, input gradient (through
    /// `activationGradient` for the residual, as a block takes it) and parameter gradients,
    /// with batch statistics and frozen.
    @Test(arguments: [false, true], [false, true])
    func aRectifyingNormGivesTheBitsOfSeparateLayers(frozen: Bool, joinsResidual: Bool) {
        var check = GradientCheck()
        let input = check.random([3, 4, 21])
        let residual = check.random([3, 4, 21])
        let dy = check.random([3, 4, 21])
        let (weight, bias) = (check.random([4]), check.random([4]))
        func norm(rectifies: Bool) -> BatchNorm1d {
            let layer = BatchNorm1d(channels: 4, rectifies: rectifies)
            layer.weight.value = weight
            layer.bias.value = bias
            layer.runningVariance = Tensor(shape: [4], scalars: [0.5, 1.5, 2.0, 0.8])
            layer.weight.isFrozen = frozen
            return layer
        }
        let (fused, separate, relu) = (norm(rectifies: true), norm(rectifies: false), ReLU())
        let fusedOutput = fused.forward(
            input, adding: joinsResidual ? residual : nil, mode: .training)
        let normalised = separate.forward(input, mode: .training)
        let separateOutput = relu.forward(
            joinsResidual ? normalised + residual : normalised, mode: .training)
        let joined = joinsResidual ? fused.activationGradient(dy) : dy
        let fusedGradient = fused.backward(joined)
        let separateJoined = relu.backward(dy)
        let separateGradient = separate.backward(separateJoined)
        let bits = { (t: Tensor) in t.scalars.map(\.bitPattern) }
        #expect(bits(fusedOutput) == bits(separateOutput), "seed \(check.seed)")
        #expect(bits(fusedGradient) == bits(separateGradient), "seed \(check.seed)")
        if joinsResidual { #expect(bits(joined) == bits(separateJoined)) }
        #expect(bits(fused.weight.gradient) == bits(separate.weight.gradient))
        #expect(bits(fused.bias.gradient) == bits(separate.bias.gradient))
        #expect(bits(fused.runningMean) == bits(separate.runningMean))
    }

    @Test func layerNormGradientsMatchFiniteDifferences() {
        var check = GradientCheck()
        let layer = LayerNorm(features: 6)
        layer.weight.value = check.random([6])
        layer.bias.value = check.random([6])
        let result = check.worstError(of: layer, input: check.random([4, 6]))
        #expect(result.error < Self.tolerance, "\(result), seed \(check.seed)")
    }

    @Test func reluGradientMatchesFiniteDifferencesAwayFromTheKink() {
        var check = GradientCheck()
        let result = check.worstError(of: ReLU(), input: check.random([3, 9], margin: 0.1))
        #expect(result.error < Self.tolerance, "\(result), seed \(check.seed)")
    }

    @Test func globalAveragePoolingGradientMatchesFiniteDifferences() {
        var check = GradientCheck()
        let result = check.worstError(of: GlobalAveragePooling(), input: check.random([2, 3, 7]))
        #expect(result.error < Self.tolerance, "\(result), seed \(check.seed)")
    }

    @Test func dropoutGradientMatchesFiniteDifferencesForAFixedMask() {
        var check = GradientCheck()
        let maskSeed = check.rng.next()
        let input = check.random([4, 10])
        let layer = Dropout(probability: 0.3, seed: maskSeed)
        let weights = check.random([4, 10])
        _ = layer.forward(input, mode: .training)
        let gradient = layer.backward(weights)
        var perturbed = input
        // A fresh layer with the same seed draws the same mask at every evaluation.
        let error = check.relativeError(
            analytic: gradient.scalars, perturb: { perturbed.scalars[$0] += $1 },
            loss: {
                GradientCheck.probe(
                    Dropout(probability: 0.3, seed: maskSeed).forward(perturbed, mode: .training),
                    weights)
            })
        #expect(error < Self.tolerance, "seed \(check.seed)")
        let dropped = gradient.scalars.filter { $0 == 0 }.count
        #expect(dropped > 0 && dropped < 40, "mask drops some but not all of 40 elements")
    }

    @Test func dropoutIsTheIdentityInInference() {
        var check = GradientCheck()
        let input = check.random([3, 5])
        #expect(Dropout(probability: 0.5, seed: 1).forward(input, mode: .inference) == input)
    }
}
