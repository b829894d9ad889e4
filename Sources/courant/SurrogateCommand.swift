import ArgumentParser
import Courant
import Foundation

/// `courant surrogate`: build the data set, train, evaluate and predict convergence.
struct SurrogateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "surrogate", abstract: "Predict convergence from the first iterations.",
        subcommands: [
            SurrogateDatasetCommand.self, SurrogateTrainCommand.self,
            SurrogateEvaluateCommand.self, SurrogatePredictCommand.self,
            SurrogateReplayCommand.self,
        ])

    /// `--model FILE` when given, else the shipped model (`ShippedModel`); without one, says
    /// where it was looked for on one line and exits 1.
    static func modelPath(named: String?) throws -> String {
        do {
            return try ShippedModel.path(named: named, option: "--model")
        } catch {
            FileHandle.standardError.write(Data("Error: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}

/// `courant surrogate dataset --history DB [--output FILE.csv]`
struct SurrogateDatasetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dataset",
        abstract: "Write the training examples of a history as CSV (prefixes of every run).")

    @ParentCommand var courant: CourantCommand

    @Option(help: "CSV file to write (default: standard output).")
    var output: String?

    mutating func run() throws {
        throw ExitCode(SurrogateCommands.dataset(historyPath: courant.history, outputPath: output))
    }
}

/// `courant surrogate train --history DB --output models/NAME [--hold-out FAMILY ...]`
struct SurrogateTrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a model; writes NAME.safetensors and the NAME.json metrics card.")

    @ParentCommand var courant: CourantCommand

    @Option(help: "Output stem, e.g. models/cavity (writes .safetensors and .json).")
    var output: String

    @Option(name: .customLong("hold-out"), help: "Case family kept out for evaluation.")
    var heldOut: [String] = []

    @Option(help: "Passes over the training examples at most.")
    var epochs = 40

    @Option(help: "Seed of the weights and the shuffle.")
    var seed: UInt64 = 1

    @Option(
        name: .customLong("init"),
        help: "Fine-tune this model (.safetensors); the new model records its path and SHA-256.")
    var initialModel: String?

    @Option(
        help: "With --init, keep fixed: N (first N residual blocks), feature-mlp, all-but-head.")
    var freeze: String?

    @Option(
        name: .customLong("run-ids"), parsing: .upToNextOption,
        help: "Train on these runs of the history only (ids).")
    var runIDs: [Int64] = []

    @Option(
        name: .customLong("validation-fraction"),
        help: "Share of runs kept for early stopping and calibration (0: the training runs).")
    var validationFraction = 0.2

    @Option(help: "Stop after this many epochs without a better validation loss.")
    var patience = 8

    @Option(help: "Convolutional residual blocks of the sequence network (default 3).")
    var blocks: Int?

    @Option(help: "Block design: basic (k-wide convolutions) or bottleneck (1×1, k, 1×1).")
    var block: String?

    @Option(
        help: ArgumentHelp(
            "Channels of each block (the first has half; default 32); a bottleneck block's "
                + "k-wide convolutions have a quarter."))
    var width: Int?

    @Option(
        help: ArgumentHelp(
            "Kernel sizes of each block's k-wide convolutions, e.g. 7,5,3 (default: 7,5,3 "
                + "basic, 3 bottleneck)."))
    var kernels: String?

    @Flag(help: "A plain network: the same layers without shortcuts.")
    var plain = false

    @Flag(
        name: .customLong("zero-init-last-norm"),
        help: "Start each block's last BatchNorm scale at 0 (every block starts as its shortcut).")
    var zeroInitLastNorm = false

    mutating func run() throws {
        var options = SurrogateCommands.TrainOptions(
            historyPath: courant.history, outputStem: output)
        options.architectureArguments = SurrogateCommands.ArchitectureArguments(
            blocks: blocks, design: block, width: width, kernels: kernels, plain: plain,
            zeroInitialisedLastNorm: zeroInitLastNorm)
        options.training.patience = patience
        options.training.heldOutFamilies = heldOut
        options.training.epochs = epochs
        options.training.seed = seed
        options.initialModelPath = initialModel
        options.freeze = freeze
        options.runIDs = runIDs
        options.training.validationFraction = validationFraction
        options.commandLine = (["courant"] + CommandLine.arguments.dropFirst())
            .joined(separator: " ")
        throw ExitCode(SurrogateCommands.train(options))
    }
}

/// `courant surrogate evaluate --history DB [--model FILE ...] [--family NAME ...]`: several
/// `--model` options compare the models on the same test runs in one table.
struct SurrogateEvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Errors at 25, 50, 100, 200 iterations, beside three baselines.")

    @ParentCommand var courant: CourantCommand

    @Option(
        help: "Model file (.safetensors), repeatable to compare models; none: baselines only.")
    var model: [String] = []

    @Option(help: "Test case family (default: the first model's held-out families).")
    var family: [String] = []

    @Option(
        name: .customLong("run-ids"), parsing: .upToNextOption,
        help: "Test on these runs of the history only (ids).")
    var runIDs: [Int64] = []

    mutating func run() throws {
        throw ExitCode(
            SurrogateCommands.evaluate(
                historyPath: courant.history, modelPaths: model, families: family,
                runIDs: runIDs))
    }
}

/// `courant surrogate predict [--model FILE] (--run ID --history DB [--at N] | --csv FILE)`
struct SurrogatePredictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "predict",
        abstract: "Predicted convergence iteration, 80% interval and outcome probabilities.")

    @Option(help: "Model file (.safetensors); default: $COURANT_MODEL, else the shipped one.")
    var model: String?

    @Option(name: .customLong("run"), help: "Run id in the history.")
    var runID: Int64?

    @ParentCommand var courant: CourantCommand

    @Option(help: "Predict from the first N iterations only.")
    var at: Int?

    @Option(help: "CSV of residuals: iteration,continuity,x-velocity,... instead of a run.")
    var csv: String?

    @Option(help: "With --csv: the residual criterion of every equation.")
    var criterion = 1e-3

    @Option(help: "With --csv: the iteration limit.")
    var iterations = 1000

    mutating func validate() throws {
        guard (runID == nil) != (csv == nil) else {
            throw ValidationError("give either --run ID or --csv FILE")
        }
        if let at, at < 1 { throw ValidationError("--at must be at least 1") }
    }

    mutating func run() throws {
        let model = try SurrogateCommand.modelPath(named: model)
        if let csv {
            throw ExitCode(
                SurrogateCommands.predict(
                    modelPath: model, csvPath: csv, criterion: criterion,
                    iterationLimit: iterations))
        }
        throw ExitCode(
            SurrogateCommands.predict(
                modelPath: model, historyPath: courant.history, runID: runID ?? 0, at: at))
    }
}

/// `courant surrogate replay [--model FILE] --run ID [--every N] [--abandon-below P]`
struct SurrogateReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay a logged run through the live surrogate: its lines, where it would "
            + "abandon, and its cost beside the solver's time.")

    @Option(help: "Model file (.safetensors); default: $COURANT_MODEL, else the shipped one.")
    var model: String?

    @Option(name: .customLong("run"), help: "Run id in the history.")
    var runID: Int64

    @ParentCommand var courant: CourantCommand

    @Option(help: "Iterations between prediction lines (0: none).")
    var every = 25

    @Option(
        help: "Abandon below this p(converge), judged every 25 iterations as live (0: never).")
    var abandonBelow = 0.0

    mutating func run() throws {
        throw ExitCode(
            SurrogateReplay.run(
                modelPath: try SurrogateCommand.modelPath(named: model),
                historyPath: courant.history, runID: runID, printInterval: every,
                abandonThreshold: abandonBelow > 0 ? abandonBelow : nil))
    }
}
