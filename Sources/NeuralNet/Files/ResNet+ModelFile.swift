import Foundation

/// Model files: the state (parameters and BatchNorm running statistics, PyTorch-style names)
/// in safetensors, with `__metadata__` holding
/// `format` = "courant.resnet", `format_version`, `architecture` (JSON of the configuration) and
/// `normalisation` (JSON of the caller's string map, e.g. feature means and scales).
extension ResNet {
    /// Version written into, and required from, model files.
    public static let modelFormatVersion = "1"
    /// Value of the `format` metadata key.
    static let modelFormat = "courant.resnet"

    /// Saves the network and `normalisation` to the safetensors file at `path`.
    public func save(to path: String, normalisation: [String: String] = [:])
        throws(ModelFileError)
    {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        guard let architecture = try? encoder.encode(configuration),
            let normalisationJSON = try? encoder.encode(normalisation)
        else { throw .inputOutput(path: path, reason: "cannot encode the metadata") }
        let metadata = [
            "format": Self.modelFormat,
            "format_version": Self.modelFormatVersion,
            "architecture": String(decoding: architecture, as: UTF8.self),
            "normalisation": String(decoding: normalisationJSON, as: UTF8.self),
        ]
        try SafetensorsFile.write(tensors: state, metadata: metadata, to: path)
    }

    /// Loads a network saved by `save`, with its normalisation map. Fails with a message
    /// naming the file for another format version or a damaged file, and naming the tensor for
    /// a missing tensor or a shape that does not fit the stored architecture.
    public static func load(from path: String) throws(ModelFileError) -> (
        network: ResNet, normalisation: [String: String]
    ) {
        let (tensors, metadata) = try SafetensorsFile.read(path: path)
        guard metadata["format"] == modelFormat else {
            throw .malformed(path: path, reason: "metadata 'format' is not '\(modelFormat)'")
        }
        let version = metadata["format_version"] ?? "(none)"
        guard version == modelFormatVersion else {
            throw .unsupportedVersion(path: path, found: version, expected: modelFormatVersion)
        }
        let decoder = JSONDecoder()
        guard let architecture = metadata["architecture"],
            let configuration = try? decoder.decode(
                ResNetConfiguration.self, from: Data(architecture.utf8))
        else { throw .malformed(path: path, reason: "metadata 'architecture' is unreadable") }
        let normalisation =
            metadata["normalisation"].flatMap {
                try? decoder.decode([String: String].self, from: Data($0.utf8))
            } ?? [:]
        let network = ResNet(configuration: configuration, seed: 0)
        do {
            try network.load(state: tensors)
        } catch {
            throw error.located(in: path)
        }
        return (network, normalisation)
    }
}
