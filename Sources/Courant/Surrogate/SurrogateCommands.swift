import CommandShell
import Foundation
import NeuralNet
import RunHistory
import Surrogate

/// `courant surrogate dataset|train|evaluate|predict`: what each does, with its output on
/// standard output and one-line errors (`Error: …`) on standard error. Each returns the
/// process exit code: 0 done, 1 input error.
public enum SurrogateCommands {
    /// Options of `train`.
    public struct TrainOptions: Sendable {
        /// The history to learn from; nil: `HistoryLocation`'s default.
        public var historyPath: String?
        /// Output stem: writes STEM.safetensors and STEM.json (the metrics card).
        public var outputStem: String
        /// Training settings (held-out families, epochs, seed, …).
        public var training = SurrogateTrainingOptions()
        /// The command line, recorded in the card.
        public var commandLine = ""
        /// `--init`: fine-tune this model instead of starting from random weights.
        public var initialModelPath: String?
        /// `--freeze`: `N` (the first N residual blocks), `feature-mlp` or `all-but-head`.
        public var freeze: String?
        /// `--run-ids`: train on these runs of the history only (empty: every run).
        public var runIDs: [Int64] = []
        /// `--blocks`, `--block`, `--width`, `--kernels`, `--plain`, `--zero-init-last-norm`:
        /// the network of a model trained from scratch (refused with `--init`).
        public var architectureArguments = ArchitectureArguments()

        /// Options with default training settings.
        public init(historyPath: String?, outputStem: String) {
            self.historyPath = historyPath
            self.outputStem = outputStem
        }
    }

    /// Writes the examples of every usable run as CSV to `outputPath` (standard output when
    /// nil) and a one-line summary to standard error.
    public static func dataset(historyPath: String?, outputPath: String?) -> Int32 {
        run {
            let runs = try loadRuns(historyPath)
            let dataset = SurrogateDataset(runs: runs)
            if let outputPath {
                try write(dataset.csv, to: outputPath)
            } else {
                print(dataset.csv, terminator: "")
            }
            try? FileHandle.standardError.write(
                contentsOf:
                    Data(
                        ("\(location(historyPath)): \(runs.count) runs (\(outcomeCounts(runs))), "
                            + "\(dataset.examples.count) "
                            + "examples, families \(dataset.families.joined(separator: ", "))\n")
                            .utf8))
        }
    }

    /// Trains, prints a progress line per epoch, saves the model and its metrics card, and
    /// prints the evaluation table on the held-out families (if any).
    public static func train(_ options: TrainOptions) -> Int32 {
        run {
            let runs = try loadRuns(options.historyPath, runIDs: options.runIDs)
            print("\(runs.count) runs (\(outcomeCounts(runs))) in \(location(options.historyPath))")
            let start = Date()
            var epochs = [EpochReport]()
            let initial = try options.initialModelPath.map { path throws(SurrogateError) in
                try SurrogateModel.load(from: path)
            }
            var frozen = [FrozenPart]()
            if let freeze = options.freeze {
                guard let initial else {
                    throw SurrogateError.modelFile("--freeze needs --init MODEL (nothing to keep)")
                }
                frozen = try frozenParts(freeze, blocks: initial.network.blocks.count)
            }
            var training = options.training
            if initial != nil && !options.architectureArguments.isEmpty {
                throw SurrogateError.architecture(
                    "--init: the network is the base model's; --blocks, --block, --width, "
                        + "--kernels, --plain and --zero-init-last-norm apply to new models only")
            }
            training.architecture = try options.architectureArguments.architecture()
            print("network: " + SurrogateModel.architecture(training.architecture).summary)
            // Hashed right after loading, so the hash names the bytes the weights came from.
            let provenance = try options.initialModelPath.map { path throws(SurrogateError) in
                try SurrogateModel.Provenance(fineTunedFrom: path, frozen: frozen)
            }
            let model = try SurrogateTraining.train(
                runs: runs, options: training, initial: initial, freeze: frozen,
                note: { print("note: " + $0) }
            ) {
                epochs.append($0)
                print($0.line)
            }
            // A base that was itself fine-tuned passes on its weights, not its provenance.
            model.provenance = provenance
            let modelPath = options.outputStem + ".safetensors"
            try model.save(to: modelPath)
            let heldOut = runs.filter { model.heldOutFamilies.contains($0.family) }
            let trained = runs.filter { !model.heldOutFamilies.contains($0.family) }
            let rows = SurrogateEvaluation.rows(
                model: model, testRuns: heldOut, trainingRuns: trained)
            let card = ModelCard(
                model: model, modelPath: modelPath, historyPath: location(options.historyPath),
                runs: runs,
                epochs: epochs, trainingSeconds: Date().timeIntervalSince(start),
                commandLine: options.commandLine, heldOutRows: rows)
            try write(card.json, to: options.outputStem + ".json")
            print(
                "model written to \(modelPath) (\(model.network.parameterCount) parameters), "
                    + "card to \(options.outputStem).json")
            if let provenance { print(provenance.summary) }
            if !rows.isEmpty {
                print("held-out families: " + model.heldOutFamilies.joined(separator: ", "))
                print(SurrogateEvaluation.table(rows), terminator: "")
            }
        }
    }

    /// Prints the evaluation table on `families` (default: the model's held-out families),
    /// with the baselines' nearest neighbour drawn from the other families' runs. With
    /// `runIDs`, the test runs are those runs (of `families`, when named) and the nearest
    /// neighbour draws from every other run.
    public static func evaluate(
        historyPath: String?, modelPaths: [String], families: [String], runIDs: [Int64] = []
    ) -> Int32 {
        run {
            var models: [(name: String, model: SurrogateModel)] = []
            for path in modelPaths {
                let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
                models.append((name, try SurrogateModel.load(from: path)))
            }
            let model = models.first?.model
            let runs = try loadRuns(historyPath)
            let chosen = runIDs.isEmpty ? runs : try RunSeries.selecting(runIDs, from: runs)
            var testFamilies =
                families.isEmpty && runIDs.isEmpty ? (model?.heldOutFamilies ?? []) : families
            // Neither families nor ids given, and the history has none of the model's held-out
            // families (or it holds none out): every run is a test run, as the note says.
            if families.isEmpty && runIDs.isEmpty
                && !chosen.contains(where: { testFamilies.contains($0.family) })
            {
                let missing =
                    testFamilies.isEmpty
                    ? "the model holds no family out"
                    : "no runs of the model's held-out families ("
                        + testFamilies.joined(separator: ", ") + ") in " + location(historyPath)
                print(
                    "note: \(missing); evaluating on all \(chosen.count) runs instead (scores on "
                        + "families the model was trained on are optimistic, and the "
                        + "nearest-neighbour baseline has no other runs to draw on; --family "
                        + "names the test families)")
                testFamilies = Array(Set(chosen.map(\.family))).sorted()
            }
            let test = chosen.filter { testFamilies.isEmpty || testFamilies.contains($0.family) }
            guard !test.isEmpty else {
                throw SurrogateError.tooFewRuns(
                    found: 0, needed: 1,
                    detail: "no runs of " + testFamilies.joined(separator: ", ") + " in "
                        + location(historyPath))
            }
            let testIDs = Set(test.map(\.runID))
            let described =
                testFamilies.isEmpty ? "of the given ids" : testFamilies.joined(separator: ", ")
            print(
                "\(location(historyPath)): test families \(described); \(test.count) runs "
                    + "(\(outcomeCounts(test)))")
            for (name, candidate) in models { describeProvenance(of: candidate, label: name) }
            let trainingRuns = runs.filter {
                runIDs.isEmpty ? !testFamilies.contains($0.family) : !testIDs.contains($0.runID)
            }
            // Baselines once, then each model's rows named after its file, prefix by prefix.
            var rows = SurrogateEvaluation.rows(
                model: nil, testRuns: test, trainingRuns: trainingRuns)
            for (name, candidate) in models {
                rows += SurrogateEvaluation.rows(
                    model: candidate, testRuns: test, trainingRuns: trainingRuns
                ).filter { $0.predictor == "surrogate" }.map { row in
                    var named = row
                    named.predictor = models.count == 1 ? "surrogate" : name
                    return named
                }
            }
            let baselines = Set(["log-linear", "contraction-factor", "nearest-neighbour"])
            rows = rows.enumerated().sorted {
                ($0.element.observed, baselines.contains($0.element.predictor) ? 1 : 0, $0.offset)
                    < (
                        $1.element.observed, baselines.contains($1.element.predictor) ? 1 : 0,
                        $1.offset
                    )
            }.map(\.element)
            print(SurrogateEvaluation.table(rows), terminator: "")
        }
    }

    /// Prints the prediction for run `runID` of the history after `at` iterations (all
    /// logged iterations when nil), and the actual outcome when the run has finished.
    /// `historyPath` nil: `COURANT_HISTORY` or `courant-history.db` (`HistoryLocation`).
    public static func predict(modelPath: String, historyPath: String?, runID: Int64, at: Int?)
        -> Int32
    {
        run {
            let model = try SurrogateModel.load(from: modelPath)
            describeProvenance(of: model, label: modelPath)
            let database = try openHistory(historyPath)
            let record = try database.run(id: runID)
            let iterations = try database.iterations(runID: runID)
            guard !iterations.isEmpty else {
                throw SurrogateError.tooFewRuns(
                    found: 0, needed: 1, detail: "run \(runID) logged no iterations")
            }
            let residuals = RunSeries.channels(
                of: iterations, form: MonitoredResidualForm(settings: record.settings))
            let observed = min(at ?? iterations.count, iterations.count)
            let criteria = Dictionary(
                try database.criteria(runID: runID).map { ($0.equation, $0.value) },
                uniquingKeysWith: { first, _ in first })
            let solved = ResidualChannels.equations.enumerated()
                .filter { !residuals[$0.offset].isEmpty }.map(\.element)
            let limit = RunSeries.iterationLimit(of: record, performed: record.iterations)
            let caseFeatures = CaseFeatures(
                settings: record.settings, criteria: criteria, equations: solved)
            let input = SurrogateInput(
                residuals: residuals, criteria: ResidualChannels.equations.map { criteria[$0] },
                caseFeatures: caseFeatures, observed: observed,
                iterationLimit: max(limit, observed), windowLength: model.windowLength)
            print(
                "run \(runID) (\(record.caseName) \(record.parameterSummary)): \(observed) of "
                    + "\(max(limit, observed)) iterations observed")
            let unfamiliar = model.unfamiliarCaseFeatures(caseFeatures)
            if !unfamiliar.isEmpty {
                print(
                    "outside the training runs, the prediction is an extrapolation: "
                        + unfamiliar.joined(separator: "; "))
            }
            for line in describe(model.predict([input])[0]) { print(line) }
            if record.status != .running {
                let when = record.convergedAt.map { " at iteration \($0)" } ?? ""
                print(
                    "actual: \(record.status.rawValue)\(when) after \(record.iterations) iterations"
                )
            }
        }
    }

    /// Prints the prediction for a CSV of residuals (`iteration,continuity,x-velocity,…`).
    /// Case features are unknown, so the training mean is used and the output says so.
    public static func predict(
        modelPath: String, csvPath: String, criterion: Double, iterationLimit: Int
    ) -> Int32 {
        run {
            let model = try SurrogateModel.load(from: modelPath)
            describeProvenance(of: model, label: modelPath)
            let text: String
            do throws(UserTextFile.Unreadable) {
                text = try UserTextFile.read(csvPath)
            } catch {
                throw SurrogateError.residualFile(path: csvPath, line: 0, reason: error.reason)
            }
            let residuals = try ResidualCSV.parse(text, path: csvPath)
            let observed = residuals.map(\.count).max() ?? 0
            let input = SurrogateInput(
                residuals: residuals,
                criteria: residuals.map { $0.isEmpty ? nil : criterion },
                caseFeatures: CaseFeatures(
                    values: Array(model.featureMean.prefix(CaseFeatures.names.count))),
                observed: observed, iterationLimit: max(iterationLimit, observed),
                windowLength: model.windowLength)
            print(
                "\(csvPath): \(observed) iterations observed; case features unknown "
                    + "(training means used), criterion \(criterion)")
            for line in describe(model.predict([input])[0]) { print(line) }
        }
    }

    /// The parts `--freeze` names: `N` (the first N of the base model's `blocks` residual
    /// blocks), `feature-mlp`, `all-but-head`.
    static func frozenParts(_ text: String, blocks: Int) throws(SurrogateError) -> [FrozenPart] {
        switch text {
        case "all-but-head": return [.allButHead]
        case "feature-mlp": return [.featureMLP]
        default:
            guard let count = Int(text), count >= 0, count <= max(blocks, 0) else {
                throw SurrogateError.modelFile(
                    "--freeze \(text): expected 0-\(blocks), feature-mlp or all-but-head")
            }
            return [.residualBlocks(count)]
        }
    }

    /// Prints `LABEL: fine-tuned from BASE (sha256 …, frozen: …)` for a fine-tuned model
    /// (`label` its path, or its name in an evaluation table), nothing for one from scratch.
    static func describeProvenance(of model: SurrogateModel, label: String) {
        if let provenance = model.provenance { print("\(label): \(provenance.summary)") }
    }

    /// The two lines of a prediction.
    static func describe(_ prediction: ConvergencePrediction) -> [String] {
        [
            String(
                format: "predicted convergence at iteration %.0f (80%% interval %.0f-%.0f)",
                prediction.convergenceIteration,
                Double(prediction.observed) + prediction.lower,
                Double(prediction.observed) + prediction.upper),
            SurrogateOutcome.allCases.map {
                String(format: "p(%@) %.3f", $0.description, prediction.probabilities[$0.rawValue])
            }.joined(separator: "  "),
        ]
    }

    /// `converged 120, not-converged 40, stalled 20, diverged 30`
    static func outcomeCounts(_ runs: [RunSeries]) -> String {
        SurrogateOutcome.allCases.map { outcome in
            "\(outcome) \(runs.filter { $0.outcome == outcome }.count)"
        }.joined(separator: ", ")
    }

    /// The history path: the option, else `COURANT_HISTORY`, else `courant-history.db`.
    static func location(_ option: String?) -> String {
        HistoryLocation.resolve(option: option, environment: ProcessInfo.processInfo.environment)
    }

    /// Opens an existing history (never creates one).
    static func openHistory(_ option: String?) throws -> HistoryDatabase {
        let path = location(option)
        guard FileManager.default.fileExists(atPath: path) else {
            throw SurrogateError.modelFile("\(path): no such history database")
        }
        return try HistoryDatabase(path: path)
    }

    /// The finished runs of the history; only those of `runIDs` when it is not empty.
    static func loadRuns(_ path: String?, runIDs: [Int64] = []) throws -> [RunSeries] {
        let runs = try RunSeries.load(from: try openHistory(path))
        return runIDs.isEmpty ? runs : try RunSeries.selecting(runIDs, from: runs)
    }

    static func write(_ text: String, to path: String) throws {
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw SurrogateError.modelFile("\(path): cannot write: \(error.localizedDescription)")
        }
    }

    /// Runs `body`, turning any error into one line on standard error and exit code 1.
    static func run(_ body: () throws -> Void) -> Int32 {
        do {
            try body()
            return 0
        } catch {
            try? FileHandle.standardError.write(contentsOf: Data("Error: \(error)\n".utf8))
            return 1
        }
    }
}
