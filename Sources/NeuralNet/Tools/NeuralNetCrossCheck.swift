import Foundation

/// Writes what `scripts/pytorch_crosscheck.py` needs to compare this engine with PyTorch on the
/// same weights: the model file and a safetensors file of inputs, outputs, gradients and the
/// weights after one Adam step.
///
/// Network: 6 channels × 40 steps + 8 features, three residual blocks with a 2-block residual
/// MLP (BatchNorm) and a head of 6 = 4 outcome logits + mean and log-variance of a regression
/// target; basic blocks [16, 32, 32] (kernels 8, 5, 3), or bottleneck blocks [32, 64, 64]
/// (1×1 to a quarter of the channels, kernel 5, 1×1 back), with or without shortcuts. Loss:
/// cross-entropy on the logits + Gaussian NLL.
public enum NeuralNetCrossCheck {
    /// Samples in the cross-check batch.
    static let batch = 8
    /// Time steps per sequence.
    static let time = 40

    /// The cross-check network's architecture for a block design, with or without shortcuts.
    public static func configuration(
        _ design: ResidualBlockDesign = .basic, shortcuts: Bool = true
    ) -> ResNetConfiguration {
        var configuration = ResNetConfiguration()
        configuration.blockDesign = design
        configuration.shortcuts = shortcuts
        if design == .bottleneck {
            configuration.filters = [32, 64, 64]
            configuration.kernelSizes = [5]
        } else {
            configuration.filters = [16, 32, 32]
        }
        configuration.mlpBlocks = 2
        configuration.mlpWidth = 32
        configuration.mlpHiddenWidth = 64
        configuration.outputs = 6
        return configuration
    }

    /// Cross-entropy on output columns 0..<4 against the class in target column 0, plus the
    /// Gaussian NLL of target column 1 with mean in column 4 and log-variance in column 5.
    public static func outcomeAndIterations(_ output: Tensor, _ targets: Tensor) -> (
        value: Float, gradient: Tensor
    ) {
        let labels = targets.slicingColumns(0..<1).scalars.map { Int($0) }
        let classes = Loss.crossEntropyWithLogits(
            logits: output.slicingColumns(0..<4), labels: labels)
        let iterations = Loss.gaussianNegativeLogLikelihood(
            mean: output.slicingColumns(4..<5), logVariance: output.slicingColumns(5..<6),
            target: targets.slicingColumns(1..<2))
        var gradient = Tensor(shape: output.shape)
        gradient.addColumns(classes.gradient, at: 0..<4)
        gradient.addColumns(iterations.meanGradient, at: 4..<5)
        gradient.addColumns(iterations.logVarianceGradient, at: 5..<6)
        return (classes.value + iterations.value, gradient)
    }

    /// Writes `modelPath` (the initial weights, as `ResNet.save`) and `dumpPath` with tensors
    /// `input.sequences` (8, 6, 40), `input.features` (8, 8), `target` (8, 2),
    /// `output.inference` and `output.training` (8, 6), `loss` (1), `grad.<name>` for every
    /// parameter, and `after.<name>` for the state after one Adam step (η = 1e-3).
    /// Returns a one-line summary.
    public static func write(
        modelPath: String, dumpPath: String,
        configuration: ResNetConfiguration = NeuralNetCrossCheck.configuration(),
        seed: UInt64 = 42
    ) throws(ModelFileError) -> String {
        let network = ResNet(configuration: configuration, seed: seed)
        // Non-trivial BatchNorm affine parameters and running statistics, so that they matter.
        var rng = SplitMix64(seed: seed &+ 1)
        for (_, norm) in network.namedBatchNorms {
            for c in 0..<norm.channels {
                norm.weight.value.scalars[c] = rng.nextUniform(in: 0.5..<1.5)
                norm.bias.value.scalars[c] = rng.nextUniform(in: -0.5..<0.5)
                norm.runningMean.scalars[c] = rng.nextUniform(in: -0.5..<0.5)
                norm.runningVariance.scalars[c] = rng.nextUniform(in: 0.5..<2)
            }
        }
        try network.save(to: modelPath, normalisation: ["cross_check_seed": "\(seed)"])
        let sequences = Tensor(
            shape: [batch, 6, time], scalars: (0..<(batch * 6 * time)).map { _ in rng.nextNormal() }
        )
        let features = Tensor(
            shape: [batch, 8], scalars: (0..<(batch * 8)).map { _ in rng.nextNormal() })
        let targets = Tensor(
            shape: [batch, 2],
            scalars: (0..<batch).flatMap { b in [Float(b % 4), rng.nextUniform(in: 1..<4)] })
        let inference = network.forward(sequences: sequences, features: features, mode: .inference)
        network.zeroGradients()
        let training = network.forward(sequences: sequences, features: features, mode: .training)
        let (loss, gradient) = outcomeAndIterations(training, targets)
        network.backward(gradient)
        var tensors: [(name: String, tensor: Tensor)] = [
            ("input.sequences", sequences), ("input.features", features), ("target", targets),
            ("output.inference", inference), ("output.training", training),
            ("loss", Tensor(shape: [1], scalars: [loss])),
        ]
        tensors += network.namedParameters.map { ("grad.\($0.name)", $0.parameter.gradient) }
        Adam().update(network.namedParameters.map(\.parameter), learningRate: 1e-3)
        tensors += network.state.map { ("after.\($0.name)", $0.tensor) }
        try SafetensorsFile.write(tensors: tensors, metadata: [:], to: dumpPath)
        return "cross-check: \(configuration.summary); \(batch) samples, loss \(loss), wrote "
            + "\(modelPath) and \(dumpPath)"
    }
}
