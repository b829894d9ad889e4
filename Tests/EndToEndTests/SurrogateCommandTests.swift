import Courant
import Foundation
import RunHistory
import Testing

/// `courant surrogate train --init` and `evaluate --model A --model B` on a small history of
/// geometric runs, checked through the files and the table a user gets.
@Suite struct SurrogateCommandTests {
    /// A history of runs whose scaled residuals on continuity and both velocities fall as
    /// 10^(−rate·i) to the criterion 1e-5 (converged at i = 5/rate, 125-500 iterations); every
    /// fourth run stalls at 1e-2 for 150 iterations. Families are case names.
    static func writeHistory(_ path: String, families: [(name: String, runs: Int)]) throws {
        let history = try HistoryDatabase(path: path)
        let equations = ["continuity", "x-velocity", "y-velocity"]
        for family in families {
            for index in 0..<family.runs {
                let stalled = index % 4 == 3
                let rate = 0.01 + 0.03 * Double(index) / Double(family.runs)
                let iterations = stalled ? 150 : Int((5 / rate).rounded())
                let logger = try history.beginRun(
                    RunDescription(
                        caseName: family.name,
                        journal: "; \(family.name) \(index)\n/solve/iterate 600\n",
                        parameters: ["iterations": "600"],
                        criteria: equations.map { ResidualCriterion(equation: $0, value: 1e-5) },
                        courantVersion: "test"),
                    commitPolicy: CommitPolicy(iterations: 1000, seconds: 60))
                for iteration in 1...iterations {
                    let residual = stalled ? 1e-2 : pow(10, -rate * Double(iteration))
                    try logger.append(
                        IterationSample(
                            iteration: iteration,
                            residuals: equations.map {
                                ResidualSample(
                                    equation: $0, unscaled: residual, scaled: residual,
                                    normalised: residual)
                            }))
                }
                try logger.finish(
                    status: stalled ? .stalled : .converged,
                    convergedAt: stalled ? nil : iterations)
            }
        }
    }

    /// Options for a one-epoch model with an 8-point window, every run trained on.
    static func tinyTraining(_ history: String, stem: String) -> SurrogateCommands.TrainOptions {
        var options = SurrogateCommands.TrainOptions(historyPath: history, outputStem: stem)
        options.training.epochs = 1
        options.training.windowLength = 8
        options.training.validationFraction = 0
        return options
    }

    /// The JSON header of a safetensors file, read from the bytes by the format's definition:
    /// an 8-byte little-endian header length, then the header.
    static func header(_ path: String) throws -> [String: Any] {
        let bytes = [UInt8](try #require(FileManager.default.contents(atPath: path)))
        let length = (0..<8).reduce(0) { $0 | Int(bytes[$1]) << (8 * $1) }
        return try #require(
            try JSONSerialization.jsonObject(with: Data(bytes[8..<(8 + length)]))
                as? [String: Any])
    }

    /// The string map a safetensors reader (PyTorch's `safe_open(...).metadata()`) finds under
    /// `__metadata__["normalisation"]`.
    static func storedMetadata(_ path: String) throws -> [String: String] {
        let metadata = try #require(try header(path)["__metadata__"] as? [String: String])
        let normalisation = try #require(metadata["normalisation"])
        return try #require(
            try JSONSerialization.jsonObject(with: Data(normalisation.utf8)) as? [String: String])
    }

    /// A model file's tensor names, and its `__metadata__["architecture"]` (the network's
    /// configuration) as a JSON object.
    static func storedNetwork(_ path: String) throws -> (
        tensors: [String], architecture: [String: Any]
    ) {
        let header = try header(path)
        let metadata = try #require(header["__metadata__"] as? [String: String])
        let architecture = try #require(metadata["architecture"])
        return (
            header.keys.filter { $0 != "__metadata__" },
            try #require(
                try JSONSerialization.jsonObject(with: Data(architecture.utf8)) as? [String: Any])
        )
    }

    /// The JSON model card written beside a model.
    static func card(_ stem: String) throws -> [String: Any] {
        let text = try #require(FileManager.default.contents(atPath: stem + ".json"))
        return try #require(try JSONSerialization.jsonObject(with: text) as? [String: Any])
    }

    /// SHA-256 of a file's bytes.
    static func sha256(_ path: String) throws -> String {
        SHA256.hex(of: [UInt8](try #require(FileManager.default.contents(atPath: path))))
    }

    @Test func evaluatingTwoModelsGivesOneTableWithEachModelsRowAtEveryPrefix() throws {
        let scratch = try ScratchFolder("surrogate-evaluate")
        defer { scratch.remove() }
        let history = scratch.file("history.db")
        try Self.writeHistory(history, families: [("a", 4), ("b", 4)])
        for (name, seed) in [("m1", UInt64(1)), ("m2", UInt64(2))] {
            var options = Self.tinyTraining(history, stem: scratch.file(name))
            options.training.heldOutFamilies = ["b"]
            options.training.seed = seed
            #expect(SurrogateCommands.train(options) == 0)
        }
        // `evaluate` prints its table, so it runs in its own process, where its standard output
        // is its own (tests in this process print concurrently).
        let evaluation = try CourantInvocation.run(
            [
                "--history", history, "surrogate", "evaluate", "--model",
                scratch.file("m1.safetensors"), "--model", scratch.file("m2.safetensors"),
            ], in: scratch.path)
        #expect(evaluation.status == 0, "stderr: \(evaluation.standardError)")
        let output = evaluation.standardOutput
        let lines = output.split(separator: "\n").map(String.init)
        #expect(
            lines.first?.hasSuffix(
                "test families b; 4 runs (converged 3, not-converged 0, stalled 1, diverged 0)")
                == true)
        #expect(lines.filter { $0.hasPrefix("predictor") }.count == 1, "one table")
        #expect(!output.contains("fine-tuned from"), "models from scratch have no provenance")
        let predictors = ["m1", "m2", "log-linear", "contraction-factor", "nearest-neighbour"]
        let rows = lines.map { $0.split(separator: " ").map(String.init) }.filter {
            $0.count == 9 && predictors.contains($0[0])
        }
        // Runs still iterating at each prefix: b's converged runs end at 500, 286 and 200
        // iterations, its stalled one at 150.
        let expectedRuns = ["25": "3/4", "50": "3/4", "100": "3/4", "200": "2/2"]
        var figuresDiffer = false
        for (prefix, runs) in expectedRuns {
            let block = rows.filter { $0[1] == prefix }
            #expect(block.map { $0[0] } == predictors, "prefix \(prefix)")
            #expect(block.allSatisfy { $0[2] == runs }, "prefix \(prefix)")
            if let m1 = block.first, block.count > 1, m1.dropFirst() != block[1].dropFirst() {
                figuresDiffer = true
            }
        }
        #expect(rows.count == 20)
        #expect(figuresDiffer, "models of different seeds should not score identically")
    }

    /// Evaluated on a history without the model's held-out families (and no --family), the
    /// evaluation falls back to every run, saying so, instead of failing.
    @Test func withoutTheHeldOutFamiliesEvaluationFallsBackToEveryRun() throws {
        let scratch = try ScratchFolder("surrogate-fallback")
        defer { scratch.remove() }
        let training = scratch.file("training.db")
        try Self.writeHistory(training, families: [("a", 4), ("b", 4)])
        var options = Self.tinyTraining(training, stem: scratch.file("m"))
        options.training.heldOutFamilies = ["b"]
        #expect(SurrogateCommands.train(options) == 0)
        let other = scratch.file("other.db")
        try Self.writeHistory(other, families: [("c", 4)])
        let evaluation = try CourantInvocation.run(
            [
                "--history", other, "surrogate", "evaluate", "--model",
                scratch.file("m.safetensors"),
            ], in: scratch.path)
        #expect(evaluation.status == 0, "stderr: \(evaluation.standardError)")
        let lines = evaluation.standardOutput.split(separator: "\n").map(String.init)
        let note: String =
            "note: no runs of the model's held-out families (b) in \(other); evaluating on all 4 "
            + "runs instead (scores on families the model was trained on are optimistic, and the "
            + "nearest-neighbour baseline has no other runs to draw on; --family names the test "
            + "families)"
        #expect(lines.first == note)
        #expect(
            lines.dropFirst().first?.hasSuffix(
                "test families c; 4 runs (converged 3, "
                    + "not-converged 0, stalled 1, diverged 0)") == true)
        #expect(lines.contains { $0.hasPrefix("surrogate ") })
    }

    @Test func fineTunedModelFileAndCardRecordTheBaseFileItsHashAndTheFrozenParts() throws {
        let scratch = try ScratchFolder("surrogate-fine-tune")
        defer { scratch.remove() }
        let history = scratch.file("history.db")
        try Self.writeHistory(history, families: [("a", 4)])
        let base = scratch.file("base")
        #expect(SurrogateCommands.train(Self.tinyTraining(history, stem: base)) == 0)
        var fineTuning = Self.tinyTraining(history, stem: scratch.file("tuned"))
        fineTuning.initialModelPath = base + ".safetensors"
        fineTuning.freeze = "all-but-head"
        #expect(SurrogateCommands.train(fineTuning) == 0)

        let baseHash = try Self.sha256(base + ".safetensors")
        let tunedFile = try Self.storedMetadata(scratch.file("tuned.safetensors"))
        #expect(tunedFile["fine_tuned_from"] == base + ".safetensors")
        #expect(tunedFile["base_model_sha256"] == baseHash)
        #expect(tunedFile["frozen_parts"] == "all but the head")
        let tunedCard = try Self.card(scratch.file("tuned"))
        #expect(tunedCard["fineTunedFrom"] as? String == base + ".safetensors")
        #expect(tunedCard["baseModelSHA256"] as? String == baseHash)
        #expect(tunedCard["frozenParts"] as? [String] == ["all but the head"])

        // A model from scratch records none of it, in the file or the card.
        let provenanceKeys = ["fine_tuned_from", "base_model_sha256", "frozen_parts"]
        #expect(
            try Self.storedMetadata(base + ".safetensors").keys.allSatisfy {
                !provenanceKeys.contains($0)
            })
        let baseCard = try Self.card(base)
        #expect(baseCard["fineTunedFrom"] == nil && baseCard["baseModelSHA256"] == nil)
        #expect(baseCard["frozenParts"] == nil)

        // Fine-tuning the fine-tuned model names its own base, not the base's base.
        var again = Self.tinyTraining(history, stem: scratch.file("again"))
        again.initialModelPath = scratch.file("tuned.safetensors")
        #expect(SurrogateCommands.train(again) == 0)
        let againFile = try Self.storedMetadata(scratch.file("again.safetensors"))
        #expect(againFile["fine_tuned_from"] == scratch.file("tuned.safetensors"))
        #expect(
            againFile["base_model_sha256"] == (try Self.sha256(scratch.file("tuned.safetensors"))))
        #expect(againFile["frozen_parts"] == "")
        #expect(try Self.card(scratch.file("again"))["frozenParts"] as? [String] == [])
    }

    /// `train --blocks N --block bottleneck --width W --zero-init-last-norm` (and `--plain`):
    /// the network is recorded in the model file's architecture metadata and in the card, and
    /// the file alone rebuilds it; options that make no network, or that `--init` cannot
    /// honour, are one-line errors.
    @Test func architectureOptionsAreRecordedInTheModelFileAndCard() throws {
        let scratch = try ScratchFolder("surrogate-architecture")
        defer { scratch.remove() }
        let history = scratch.file("history.db")
        try Self.writeHistory(history, families: [("a", 4)])
        let common = [
            "--history", history, "surrogate", "train", "--epochs", "1",
            "--validation-fraction", "0",
        ]
        let trained = try CourantInvocation.run(
            common + [
                "--output", scratch.file("deep"), "--blocks", "4", "--block", "bottleneck",
                "--width", "16", "--zero-init-last-norm",
            ], in: scratch.path)
        #expect(trained.status == 0, "stderr: \(trained.standardError)")
        let summary =
            "4 bottleneck residual blocks (filters 8/16/16/16, 1×1 convolutions reducing the "
            + "channels 4 times, kernels 3, last norms start at zero); feature MLP 1 block of "
            + "width 32 (layer norm); 6 outputs"
        #expect(trained.standardOutput.contains("network: " + summary))
        let deep = try Self.storedNetwork(scratch.file("deep.safetensors"))
        #expect(deep.architecture["blockDesign"] as? String == "bottleneck")
        #expect(deep.architecture["zeroInitialisedLastNorm"] as? Bool == true)
        #expect(deep.architecture["filters"] as? [Int] == [8, 16, 16, 16])
        #expect(deep.architecture["kernelSizes"] as? [Int] == [3])
        // 1×1 down, 3-wide, 1×1 up in each of the 4 blocks; the input's 8 channels (4
        // residuals, 4 masks) need one projection, 8 → 16 in block 2.
        #expect(deep.tensors.contains("blocks.3.conv2.weight"))
        #expect(!deep.tensors.contains("blocks.3.conv3.weight"))
        #expect(
            deep.tensors.filter { $0.hasSuffix("shortcut_conv.weight") } == [
                "blocks.1.shortcut_conv.weight"
            ])
        let card = try Self.card(scratch.file("deep"))
        #expect(card["network"] as? String == summary)
        let architecture = try #require(card["architecture"] as? [String: Any])
        #expect(architecture["blockDesign"] as? String == "bottleneck")
        #expect(architecture["filters"] as? [Int] == [8, 16, 16, 16])

        let plain = try CourantInvocation.run(
            common + ["--output", scratch.file("plain"), "--plain", "--blocks", "2"],
            in: scratch.path)
        #expect(plain.status == 0, "stderr: \(plain.standardError)")
        let plainNetwork = try Self.storedNetwork(scratch.file("plain.safetensors"))
        #expect(plainNetwork.architecture["shortcuts"] as? Bool == false)
        #expect(plainNetwork.architecture["filters"] as? [Int] == [16, 32])
        #expect(plainNetwork.architecture["blockDesign"] == nil, "basic: the default, not written")
        #expect(!plainNetwork.tensors.contains { $0.contains("shortcut") })
        #expect(plainNetwork.tensors.contains("blocks.1.conv2.weight"))

        let refusals: [([String], String)] = [
            (
                ["--block", "wide"],
                "Error: --block wide: expected basic or bottleneck\n"
            ),
            (["--blocks", "0"], "Error: --blocks 0: at least 1\n"),
            (
                ["--kernels", "7,,3"],
                "Error: --kernels 7,,3: expected sizes of at least 1 separated by commas, "
                    + "e.g. 7,5,3\n"
            ),
            (
                ["--plain", "--zero-init-last-norm"],
                "Error: --zero-init-last-norm needs shortcuts (a plain block would start at "
                    + "zero)\n"
            ),
            (
                ["--init", scratch.file("plain.safetensors"), "--width", "64"],
                "Error: --init: the network is the base model's; --blocks, --block, --width, "
                    + "--kernels, --plain and --zero-init-last-norm apply to new models only\n"
            ),
        ]
        for (options, message) in refusals {
            let refused = try CourantInvocation.run(
                common + ["--output", scratch.file("refused")] + options, in: scratch.path)
            #expect(refused.status == 1, "\(options)")
            #expect(refused.standardError == message, "\(options)")
            #expect(
                !FileManager.default.fileExists(atPath: scratch.file("refused.safetensors")))
        }
    }
}
