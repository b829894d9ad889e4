import Foundation
import NeuralNet
import RunHistory
import Surrogate
import Testing

/// A fine-tuned model file names the file it started from, by path and SHA-256, and what stayed
/// frozen; a model from scratch, like the shipped one, has none.
@Suite struct ModelProvenanceTests {
    /// The shipped model, trained from scratch (never rewritten by tests).
    static let shippedModel =
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("models/convergence-v2").path

    /// A tiny untrained model: provenance does not depend on what the weights learned.
    static func untrained(seed: UInt64) -> SurrogateModel {
        let width = SurrogateExample.featureNames.count
        return SurrogateModel(
            network: ResNet(configuration: SurrogateModel.architecture(), seed: seed),
            windowLength: 8, featureMean: Array(repeating: 0, count: width),
            featureScale: Array(repeating: 1, count: width), trainingFamilies: ["a"])
    }

    @Test func fineTunedModelFileRecordsBaseHashAndFrozenPartsThroughSaveAndLoad() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let basePath = scratch.file("base.safetensors")
        try Self.untrained(seed: 1).save(to: basePath)
        var options = SurrogateTrainingOptions()
        options.epochs = 1
        options.windowLength = 8
        options.validationFraction = 0
        let tuned = try SurrogateTraining.train(
            runs: ModelTests.family("b", firstID: 1, count: 4), options: options,
            initial: try SurrogateModel.load(from: basePath), freeze: [.residualBlocks(2)])
        tuned.provenance = try SurrogateModel.Provenance(
            fineTunedFrom: basePath, frozen: [.residualBlocks(2)])
        let tunedPath = scratch.file("tuned.safetensors")
        try tuned.save(to: tunedPath)

        let baseBytes = try #require(FileManager.default.contents(atPath: basePath))
        let expected = SurrogateModel.Provenance(
            fineTunedFrom: basePath, baseModelSHA256: SHA256.hex(of: [UInt8](baseBytes)),
            frozenParts: ["residual blocks 1-2"])
        #expect(try SurrogateModel.load(from: tunedPath).provenance == expected)
        // The keys as any safetensors reader sees them in the file's normalisation map.
        let stored = try ResNet.load(from: tunedPath).normalisation
        #expect(stored["fine_tuned_from"] == basePath)
        #expect(stored["base_model_sha256"] == expected.baseModelSHA256)
        #expect(stored["frozen_parts"] == "residual blocks 1-2")
        // The card of the reloaded model carries the same three facts through JSON (its
        // validation loss, with no epochs, is NaN, which the card spells "nan").
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        let card = try decoder.decode(
            ModelCard.self,
            from: Data(
                ModelCard(
                    model: try SurrogateModel.load(from: tunedPath), modelPath: tunedPath,
                    historyPath: "h.db", runs: [], epochs: [], trainingSeconds: 1,
                    commandLine: "", heldOutRows: []
                ).json.utf8))
        #expect(card.fineTunedFrom == basePath)
        #expect(card.baseModelSHA256 == expected.baseModelSHA256)
        #expect(card.frozenParts == ["residual blocks 1-2"])
    }

    @Test func scratchModelRecordsNoProvenanceInItsFileOrCard() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let path = scratch.file("scratch.safetensors")
        try Self.untrained(seed: 2).save(to: path)
        let loaded = try SurrogateModel.load(from: path)
        #expect(loaded.provenance == nil)
        let stored = try ResNet.load(from: path).normalisation
        #expect(
            stored.keys.filter {
                ["fine_tuned_from", "base_model_sha256", "frozen_parts"].contains($0)
            }.isEmpty)
        let json = ModelCard(
            model: loaded, modelPath: path, historyPath: "h.db", runs: [], epochs: [],
            trainingSeconds: 1, commandLine: "", heldOutRows: []
        ).json
        for key in ["fineTunedFrom", "baseModelSHA256", "frozenParts"] {
            #expect(!json.contains("\"\(key)\""), "\(key) in a scratch model's card")
        }
    }

    @Test func shippedModelTrainedFromScratchLoadsWithNone() throws {
        let path = Self.shippedModel + ".safetensors"
        // Pin that the file really has no provenance keys, so this test keeps meaning something.
        let stored = try ResNet.load(from: path).normalisation
        #expect(
            stored["fine_tuned_from"] == nil
                && stored["surrogate_version"] == SurrogateModel.formatVersion)
        let model = try SurrogateModel.load(from: path)
        #expect(model.provenance == nil)
        let example = SurrogateExample(
            series: SyntheticRuns.converging(id: 1, rate: 0.02), observed: 30,
            windowLength: model.windowLength)
        #expect(model.predict([example]).allSatisfy { $0.remaining.isFinite })
        let cardText = try #require(
            FileManager.default.contents(atPath: Self.shippedModel + ".json"))
        let card = try JSONDecoder().decode(ModelCard.self, from: cardText)
        #expect(card.fineTunedFrom == nil && card.baseModelSHA256 == nil && card.frozenParts == nil)
    }

    @Test func frozenPartsAreNamedAsTheUserReadsThemAndSummarisedOnOneLine() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let basePath = scratch.file("base.safetensors")
        try Self.untrained(seed: 3).save(to: basePath)
        let names = { (parts: [FrozenPart]) throws -> [String] in
            try SurrogateModel.Provenance(fineTunedFrom: basePath, frozen: parts).frozenParts
        }
        #expect(try names([.residualBlocks(0)]) == [])
        #expect(try names([.residualBlocks(1)]) == ["residual block 1"])
        #expect(
            try names([.residualBlocks(3), .featureMLP]) == ["residual blocks 1-3", "feature MLP"])
        #expect(try names([.allButHead]) == ["all but the head"])
        let hash = String(repeating: "0123456789abcdef", count: 4)
        let frozen = SurrogateModel.Provenance(
            fineTunedFrom: "models/v1.safetensors", baseModelSHA256: hash,
            frozenParts: ["residual blocks 1-2", "feature MLP"])
        #expect(
            frozen.summary
                == "fine-tuned from models/v1.safetensors (sha256 0123456789ab, frozen: "
                + "residual blocks 1-2, feature MLP)")
        let free = SurrogateModel.Provenance(
            fineTunedFrom: "v1.safetensors", baseModelSHA256: hash, frozenParts: [])
        #expect(
            free.summary == "fine-tuned from v1.safetensors (sha256 0123456789ab, nothing frozen)")
    }

    @Test func damagedProvenanceOrMissingBaseIsAOneLineErrorNamingTheFile() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let good = scratch.file("good.safetensors")
        try Self.untrained(seed: 4).save(to: good)
        var metadata = try ResNet.load(from: good).normalisation
        metadata["fine_tuned_from"] = "base.safetensors"
        metadata["base_model_sha256"] = "not-a-hash"
        let damaged = scratch.file("damaged.safetensors")
        try ResNet(configuration: SurrogateModel.architecture(), seed: 4).save(
            to: damaged, normalisation: metadata)
        #expect(
            throws: SurrogateError.incompatibleModel(
                path: damaged,
                reason: "fine-tuned from base.safetensors but its base_model_sha256 is unreadable")
        ) {
            try SurrogateModel.load(from: damaged)
        }
        let missing = scratch.file("missing.safetensors")
        #expect(
            throws: SurrogateError.modelFile("\(missing): cannot read the base model to hash it")
        ) {
            try SurrogateModel.Provenance(fineTunedFrom: missing, frozen: [])
        }
    }
}
