import Foundation
import NeuralNet
import Testing

/// Model files round-trip bit-exactly and refuse files that do not fit, naming the problem.
@Suite struct ModelFileTests {
    static func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("courant-nn-\(UUID().uuidString)-\(name)").path
    }

    static var configuration: ResNetConfiguration {
        var configuration = ResNetConfiguration.small
        configuration.mlpBlocks = 2
        configuration.outputs = 6
        return configuration
    }

    /// A network whose BatchNorm running statistics have moved away from their initial values.
    static func trainedNetwork(seed: UInt64) -> (ResNet, Tensor, Tensor) {
        let network = ResNet(configuration: configuration, seed: seed)
        var rng = SplitMix64(seed: seed)
        let sequences = Tensor(shape: [4, 6, 20], scalars: (0..<480).map { _ in rng.nextNormal() })
        let features = Tensor(shape: [4, 8], scalars: (0..<32).map { _ in rng.nextNormal() })
        _ = network.forward(sequences: sequences, features: features, mode: .training)
        return (network, sequences, features)
    }

    @Test func saveThenLoadReproducesStateAndOutputsBitExactly() throws {
        let (network, sequences, features) = Self.trainedNetwork(seed: 21)
        let path = Self.temporaryPath("roundtrip.safetensors")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let normalisation = ["feature_mean": "[0.5, 1.5]", "log_iterations_scale": "2.25"]
        try network.save(to: path, normalisation: normalisation)
        let (loaded, loadedNormalisation) = try ResNet.load(from: path)
        #expect(loaded.configuration == network.configuration)
        #expect(loadedNormalisation == normalisation)
        #expect(loaded.state.map(\.name) == network.state.map(\.name))
        #expect(loaded.state.map(\.tensor) == network.state.map(\.tensor))
        #expect(network.state.contains { $0.name == "blocks.0.norm0.running_var" })
        let expected = network.forward(sequences: sequences, features: features, mode: .inference)
        let actual = loaded.forward(sequences: sequences, features: features, mode: .inference)
        #expect(actual == expected)
    }

    @Test func loadingAnotherFormatVersionFailsWithBothVersions() throws {
        let (network, _, _) = Self.trainedNetwork(seed: 1)
        let path = Self.temporaryPath("version.safetensors")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try network.save(to: path)
        let (tensors, original) = try SafetensorsFile.read(path: path)
        var metadata = original
        metadata["format_version"] = "99"
        try SafetensorsFile.write(
            tensors: tensors.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
            metadata: metadata, to: path)
        #expect(throws: ModelFileError.unsupportedVersion(path: path, found: "99", expected: "1")) {
            try ResNet.load(from: path)
        }
    }

    @Test func loadingAFileWithoutATensorNamesTheMissingTensor() throws {
        let (network, _, _) = Self.trainedNetwork(seed: 2)
        let path = Self.temporaryPath("missing.safetensors")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try network.save(to: path)
        let (tensors, metadata) = try SafetensorsFile.read(path: path)
        try SafetensorsFile.write(
            tensors: tensors.filter { $0.key != "head.bias" }.map { ($0.key, $0.value) },
            metadata: metadata, to: path)
        #expect(throws: ModelFileError.missingTensor("head.bias", place: path)) {
            try ResNet.load(from: path)
        }
    }

    @Test func loadingAWronglyShapedTensorNamesItAndBothShapes() throws {
        let (network, _, _) = Self.trainedNetwork(seed: 3)
        let path = Self.temporaryPath("shape.safetensors")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try network.save(to: path)
        var (tensors, metadata) = try SafetensorsFile.read(path: path)
        tensors["blocks.1.conv0.weight"] = Tensor(shape: [32, 16, 7])
        try SafetensorsFile.write(
            tensors: tensors.map { ($0.key, $0.value) }, metadata: metadata, to: path)
        let expected = ModelFileError.shapeMismatch(
            "blocks.1.conv0.weight", expected: [32, 16, 8], found: [32, 16, 7], place: path)
        #expect(throws: expected) { try ResNet.load(from: path) }
        #expect(expected.description.contains("[32, 16, 7]"))
    }

    @Test func truncatedFileIsReportedAsMalformed() throws {
        let path = Self.temporaryPath("short.safetensors")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data([1, 2, 3]).write(to: URL(fileURLWithPath: path))
        #expect(throws: ModelFileError.malformed(path: path, reason: "shorter than 8 bytes")) {
            try ResNet.load(from: path)
        }
    }

    @Test func aMissingModelFileIsNamedAsMissing() {
        let path = Self.temporaryPath("absent.safetensors")
        #expect(throws: ModelFileError.inputOutput(path: path, reason: "no such model file")) {
            try ResNet.load(from: path)
        }
    }

    @Test func fileLayoutFollowsTheSafetensorsSpecification() throws {
        let path = Self.temporaryPath("layout.safetensors")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let tensor = Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
        try SafetensorsFile.write(tensors: [("w", tensor)], metadata: ["k": "v"], to: path)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let headerLength = bytes[0..<8].enumerated().reduce(0) {
            $0 | Int($1.element) << (8 * $1.offset)
        }
        #expect(headerLength % 8 == 0)
        #expect(bytes.count == 8 + headerLength + 24)
        let header = String(decoding: bytes[8..<(8 + headerLength)], as: UTF8.self)
        #expect(header.contains("\"data_offsets\":[0,24]"))
        #expect(header.contains("\"dtype\":\"F32\""))
        // 1.0f little-endian is 00 00 80 3F.
        #expect(Array(bytes[(8 + headerLength)..<(12 + headerLength)]) == [0, 0, 0x80, 0x3F])
    }
}
