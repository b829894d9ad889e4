import Foundation
import NeuralNet

/// The JSON card written beside a model (`NAME.json`): what it was trained on, how, and how
/// well it does on the held-out families, so a model file never travels without its limits.
public struct ModelCard: Codable, Sendable {
    /// One evaluation figure set, as stored.
    public struct Row: Codable, Sendable {
        /// `surrogate`, `log-linear`, `contraction-factor`, `nearest-neighbour` or a model name.
        public var predictor: String
        /// Iterations observed before predicting.
        public var observed: Int
        /// Test runs still iterating at `observed` (scored for F1).
        public var runs: Int
        /// Of those, runs that converged later (scored for the remaining-iteration errors).
        public var convergedRuns: Int
        /// Median |log10 predicted − log10 actual| of the convergence iteration; nil: no runs.
        public var medianLog10Error: Double?
        /// Median error of the remaining iterations, percent of the actual remaining.
        public var medianPercentError: Double?
        /// Macro-averaged F1 of the four outcomes.
        public var macroF1: Double?
        /// Mean recall over the outcomes present.
        public var balancedAccuracy: Double?
        /// Share of converged runs whose convergence iteration lies in the 80% interval.
        public var coverage: Double?
        /// Median width of the 80% interval, iterations (nil when infinite).
        public var medianWidth: Double?
    }

    /// The model file the card describes (`NAME.safetensors`).
    public var model: String
    /// `SurrogateModel.formatVersion` of the file.
    public var surrogateVersion: String
    /// Trainable parameters of the network.
    public var parameters: Int
    /// The network in words (`ResNetConfiguration.summary`); nil in cards written before it
    /// was recorded.
    public var network: String?
    /// The network's configuration, as the model file's `architecture` metadata holds it.
    public var architecture: ResNetConfiguration?
    /// The history database trained from, as given on the command line.
    public var history: String
    /// The training command line.
    public var command: String
    /// Usable runs per case family in the history.
    public var runsByFamily: [String: Int]
    /// Usable runs per outcome in the history.
    public var runsByOutcome: [String: Int]
    /// Families trained on.
    public var trainingFamilies: [String]
    /// Families held out for the evaluation below.
    public var heldOutFamilies: [String]
    /// Epochs run (early stopping may end before the limit).
    public var epochs: Int
    /// Validation loss of the weights kept.
    public var finalValidationLoss: Double
    /// Wall-clock seconds of training.
    public var trainingSeconds: Double
    /// Calibration factor c of the 80% interval (see `SurrogateModel`).
    public var intervalScale: Double
    /// The evaluation table on the held-out families, every predictor at every prefix.
    public var heldOutEvaluation: [Row]
    /// The model this one was fine-tuned from (`train --init`), nil when trained from scratch;
    /// the same as the model file's `fine_tuned_from`.
    public var fineTunedFrom: String?
    /// SHA-256 of the base model file's bytes (64 hex digits), nil when trained from scratch.
    public var baseModelSHA256: String?
    /// The parts kept frozen while fine-tuning (`train --freeze`), e.g. `["residual blocks 1-2"]`;
    /// empty when every weight trained, nil when trained from scratch.
    public var frozenParts: [String]?

    /// The card of a freshly trained model; a fine-tuned one's provenance is copied from it.
    public init(
        model: SurrogateModel, modelPath: String, historyPath: String, runs: [RunSeries],
        epochs: [EpochReport], trainingSeconds: Double, commandLine: String,
        heldOutRows: [EvaluationRow]
    ) {
        self.model = modelPath
        surrogateVersion = SurrogateModel.formatVersion
        parameters = model.network.parameterCount
        network = model.network.configuration.summary
        architecture = model.network.configuration
        history = historyPath
        command = commandLine
        runsByFamily = Dictionary(grouping: runs, by: \.family).mapValues(\.count)
        runsByOutcome = Dictionary(grouping: runs, by: { $0.outcome.description }).mapValues(
            \.count)
        trainingFamilies = model.trainingFamilies
        heldOutFamilies = model.heldOutFamilies
        self.epochs = epochs.count
        finalValidationLoss = epochs.map(\.validationLoss).min() ?? .nan
        self.trainingSeconds = trainingSeconds
        intervalScale = model.intervalScale
        fineTunedFrom = model.provenance?.fineTunedFrom
        baseModelSHA256 = model.provenance?.baseModelSHA256
        frozenParts = model.provenance?.frozenParts
        let finite = { (value: Double) in value.isFinite ? value : nil }
        heldOutEvaluation = heldOutRows.map {
            Row(
                predictor: $0.predictor, observed: $0.observed, runs: $0.runs,
                convergedRuns: $0.convergedRuns, medianLog10Error: finite($0.medianLog10Error),
                medianPercentError: finite($0.medianPercentError), macroF1: finite($0.macroF1),
                balancedAccuracy: finite($0.balancedAccuracy), coverage: finite($0.coverage),
                medianWidth: finite($0.medianWidth))
        }
    }

    /// Pretty-printed JSON with sorted keys.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
