import Foundation

/// The JSON card written beside a model (`NAME.json`): what it was trained on, how, and how
/// well it does on the held-out families, so a model file never travels without its limits.
public struct ModelCard: Codable, Sendable {
    /// One evaluation figure set, as stored.
    public struct Row: Codable, Sendable {
        public var predictor: String
        public var observed: Int
        public var runs: Int
        public var convergedRuns: Int
        public var medianLog10Error: Double?
        public var medianPercentError: Double?
        public var macroF1: Double?
        public var balancedAccuracy: Double?
        public var coverage: Double?
        public var medianWidth: Double?
    }

    public var model: String
    public var surrogateVersion: String
    public var parameters: Int
    public var history: String
    public var command: String
    public var runsByFamily: [String: Int]
    public var runsByOutcome: [String: Int]
    public var trainingFamilies: [String]
    public var heldOutFamilies: [String]
    public var epochs: Int
    public var finalValidationLoss: Double
    public var trainingSeconds: Double
    public var intervalScale: Double
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
