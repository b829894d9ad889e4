import Foundation
import NeuralNet

/// The convergence surrogate: a `ResNet` over the residual window and the case features,
/// with the input normalisation and interval calibration it was trained with.
///
/// Network output (batch, 6): columns 0–3 the outcome logits (`SurrogateOutcome` order),
/// 4 the correction δ and 5 the log-variance s of log10(1 + n), n the remaining iterations
/// given convergence. The mean is μ = a + δ, a the contraction-factor anchor
/// (`SurrogateInput.anchor`): the network learns how far the classical estimate is off.
/// The point estimate is 10^μ − 1 and the 80% interval 10^(μ ± 1.2816·c·e^(s/2)) − 1, c the
/// calibration factor chosen on the validation runs so that 80% of them fall inside. The
/// logits give stalled, diverged and "goes on iterating"; whether a run that goes on converges
/// before its limit is read from that same interval (`splitAtTheLimit`).
public final class SurrogateModel {
    /// `surrogate_format` metadata value.
    public static let format = "courant.surrogate"
    /// Version of the inputs and outputs (channels, features, window, head layout).
    public static let formatVersion = "2"
    /// Width of the head: 4 outcome logits, μ, s.
    public static let outputs = SurrogateOutcome.allCases.count + 2
    /// Standard-normal quantile of 0.9: an 80% central interval is μ ± z·σ.
    public static let intervalQuantile = 1.2816

    /// The network.
    public let network: ResNet
    /// Resampled window length.
    public let windowLength: Int
    /// (SurrogateExample.featureNames.count) training means and standard deviations of the
    /// tabular features; inputs are (x − mean)/scale.
    public var featureMean: [Double]
    /// Standard deviations (1 where a feature was constant).
    public var featureScale: [Double]
    /// c, the factor on σ that makes the validation interval coverage 80%.
    public var intervalScale: Double
    /// Families trained on and families held out for evaluation.
    public var trainingFamilies: [String]
    /// Families held out for evaluation.
    public var heldOutFamilies: [String]
    /// The model file this one was fine-tuned from and what stayed frozen; nil for a model
    /// trained from scratch. Saved with the model (see `save(to:)`).
    public var provenance: Provenance?

    /// The shipped architecture: 3 basic residual blocks of width 32 (filters 16/32/32,
    /// kernels 7/5/3) with shortcuts, small since the training data is small.
    public static func architecture() -> ResNetConfiguration {
        architecture(SurrogateArchitecture())
    }

    /// The network `choice` describes, around the surrogate's fixed inputs (residual channels
    /// and masks, case features), feature MLP (one residual block of width 32, LayerNorm) and
    /// head (4 outcome logits, δ, log-variance).
    public static func architecture(_ choice: SurrogateArchitecture) -> ResNetConfiguration {
        var configuration = ResNetConfiguration()
        configuration.inputChannels = 2 * ResidualChannels.count
        configuration.filters = ResNetConfiguration.filters(
            blocks: choice.blocks, width: choice.width)
        configuration.kernelSizes = choice.kernelSizes
        configuration.blockDesign = choice.design
        configuration.shortcuts = choice.shortcuts
        configuration.zeroInitialisedLastNorm = choice.zeroInitialisedLastNorm
        configuration.tabularFeatures = SurrogateExample.featureNames.count
        configuration.mlpBlocks = 1
        configuration.mlpWidth = 32
        configuration.mlpHiddenWidth = 64
        configuration.mlpNormalisation = "layer"
        configuration.outputs = outputs
        return configuration
    }

    /// A model from its parts.
    public init(
        network: ResNet, windowLength: Int, featureMean: [Double], featureScale: [Double],
        intervalScale: Double = 1, trainingFamilies: [String] = [], heldOutFamilies: [String] = [],
        provenance: Provenance? = nil
    ) {
        self.network = network
        self.windowLength = windowLength
        self.featureMean = featureMean
        self.featureScale = featureScale
        self.intervalScale = intervalScale
        self.trainingFamilies = trainingFamilies
        self.heldOutFamilies = heldOutFamilies
        self.provenance = provenance
    }

    /// Network inputs for `examples`: sequences (batch, 2·channels, window) and normalised
    /// features (batch, features).
    public func inputs(_ examples: [SurrogateInput]) -> (sequences: Tensor, features: Tensor) {
        var sequence = [Float]()
        var features = [Float]()
        for example in examples {
            sequence += example.window
            for (i, value) in example.features.enumerated() {
                features.append(Float((value - featureMean[i]) / featureScale[i]))
            }
        }
        return (
            Tensor(
                shape: [examples.count, 2 * ResidualChannels.count, windowLength],
                scalars: sequence),
            Tensor(shape: [examples.count, featureMean.count], scalars: features)
        )
    }

    /// Predictions for the inputs of `examples`.
    public func predict(_ examples: [SurrogateExample]) -> [ConvergencePrediction] {
        predict(examples.map(\.input))
    }

    /// Predictions for `examples` (inference mode, one batch).
    public func predict(_ examples: [SurrogateInput]) -> [ConvergencePrediction] {
        guard !examples.isEmpty else { return [] }
        let (sequences, features) = inputs(examples)
        let output = network.forward(sequences: sequences, features: features, mode: .inference)
        return examples.indices.map { b in
            prediction(
                row: Array(output.scalars[(b * Self.outputs)..<((b + 1) * Self.outputs)]),
                input: examples[b])
        }
    }

    /// One output row (6 numbers) read as a prediction.
    func prediction(row: [Float], input: SurrogateInput) -> ConvergencePrediction {
        let classes = SurrogateOutcome.allCases.count
        let logits = row.prefix(classes).map(Double.init)
        let largest = logits.max() ?? 0
        let exponentials = logits.map { exp($0 - largest) }
        let partition = exponentials.reduce(0, +)
        let mean = input.anchor + Double(row[classes])
        let sigma = exp(0.5 * Double(row[classes + 1])) * intervalScale
        let half = Self.intervalQuantile * sigma
        return ConvergencePrediction(
            observed: input.observed, remaining: pow(10, mean) - 1,
            lower: pow(10, mean - half) - 1, upper: pow(10, mean + half) - 1,
            probabilities: Self.splitAtTheLimit(
                input.stopsOnStall
                    ? exponentials.map { $0 / partition }
                    : Self.withoutStalls(exponentials.map { $0 / partition }),
                mean: mean, sigma: sigma, iterationsLeft: input.iterationsLeft))
    }

    /// The outcome probabilities of a run no stall monitor can stop: the network's stalled
    /// probability (learnt from runs a monitor stopped when their residuals fell less than 0.5
    /// decades over 100 iterations) moves to "goes on iterating", which `splitAtTheLimit`
    /// then divides into converging before the limit or not. Such a run keeps iterating when
    /// its residuals slow down; whether that is hopeless is for the remaining iterations
    /// against the limit to say.
    public static func withoutStalls(_ probabilities: [Double]) -> [Double] {
        var folded = probabilities
        folded[SurrogateOutcome.converged.rawValue] += folded[SurrogateOutcome.stalled.rawValue]
        folded[SurrogateOutcome.stalled.rawValue] = 0
        return folded
    }

    /// The outcome probabilities with converged and not-converged re-split by the predicted
    /// distribution of the remaining iterations n, log10(1 + n) ~ N(μ, σ²): a run that neither
    /// stalls nor diverges converges before the limit with probability Φ((log10(1 + b) − μ)/σ),
    /// b the iterations left. "Not converged" means exactly "n > b", so the two outputs cannot
    /// disagree (a run predicted to converge 30 iterations from now, 4,000 before its limit,
    /// is not called not-converged), and the limit the user set decides, even far outside the
    /// limits of the training runs (300 to 1,000 iterations).
    public static func splitAtTheLimit(
        _ probabilities: [Double], mean: Double, sigma: Double, iterationsLeft: Double
    ) -> [Double] {
        let converged = SurrogateOutcome.converged.rawValue
        let limit = SurrogateOutcome.notConverged.rawValue
        let iterating = probabilities[converged] + probabilities[limit]
        let z = (log10(1 + iterationsLeft) - mean) / max(sigma, 1e-9)
        let withinLimit = 0.5 * erfc(-z / 2.0.squareRoot())
        var split = probabilities
        split[converged] = iterating * withinLimit
        split[limit] = iterating * (1 - withinLimit)
        return split
    }
}
