import Foundation
import NeuralNet
import RunHistory

/// Model files: `NAME.safetensors`, the network's state with the surrogate's own metadata
/// (format, version, window, feature names and normalisation, interval calibration, families,
/// and for a fine-tuned model its provenance) in the normalisation map that `ResNet.save`
/// stores as JSON in `__metadata__["normalisation"]`.
///
/// Provenance keys, present only in a fine-tuned model and optional to readers (files written
/// before them load unchanged, so the format version stays 1): `fine_tuned_from` (the base
/// model's path as given to `--init`), `base_model_sha256` (SHA-256 of the base file's bytes,
/// what `sha256sum` prints) and `frozen_parts` (the frozen parts' names joined by ", ", empty
/// when every weight trained).
extension SurrogateModel {
    /// Where a fine-tuned model came from: the base model file and the parts that stayed
    /// bit-identical to it.
    public struct Provenance: Sendable, Equatable {
        /// The base model's path as given to `train --init`.
        public var fineTunedFrom: String
        /// SHA-256 of the base model file's bytes: 64 lowercase hex digits.
        public var baseModelSHA256: String
        /// The frozen parts, e.g. `["residual blocks 1-2"]`, `["feature MLP"]`,
        /// `["all but the head"]`; empty when every weight trained.
        public var frozenParts: [String]

        /// A provenance from its recorded parts.
        public init(fineTunedFrom: String, baseModelSHA256: String, frozenParts: [String]) {
            self.fineTunedFrom = fineTunedFrom
            self.baseModelSHA256 = baseModelSHA256
            self.frozenParts = frozenParts
        }

        /// The provenance of a model fine-tuned from the file at `basePath` with `frozen` kept
        /// fixed: hashes the file's bytes as they are now (call it when loading the base).
        public init(fineTunedFrom basePath: String, frozen: [FrozenPart]) throws(SurrogateError) {
            guard let bytes = FileManager.default.contents(atPath: basePath) else {
                throw .modelFile("\(basePath): cannot read the base model to hash it")
            }
            self.init(
                fineTunedFrom: basePath, baseModelSHA256: SHA256.hex(of: [UInt8](bytes)),
                frozenParts: frozen.compactMap(Self.name))
        }

        /// One line for the user: `fine-tuned from models/v1.safetensors (sha256 3f2a9c1e07b4,
        /// frozen: residual blocks 1-2)`; the hash cut to 12 digits, like a short commit id.
        public var summary: String {
            let frozen =
                frozenParts.isEmpty
                ? "nothing frozen" : "frozen: " + frozenParts.joined(separator: ", ")
            let hash = baseModelSHA256.prefix(12)
            return "fine-tuned from \(fineTunedFrom) (sha256 \(hash), \(frozen))"
        }

        /// The name a frozen part is recorded under; nil for zero residual blocks (nothing).
        static func name(of part: FrozenPart) -> String? {
            switch part {
            case .residualBlocks(let count) where count <= 0: nil
            case .residualBlocks(1): "residual block 1"
            case .residualBlocks(let count): "residual blocks 1-\(count)"
            case .featureMLP: "feature MLP"
            case .allButHead: "all but the head"
            }
        }

        /// Metadata keys and values (see the file layout above).
        var metadata: [String: String] {
            [
                "fine_tuned_from": fineTunedFrom, "base_model_sha256": baseModelSHA256,
                "frozen_parts": frozenParts.joined(separator: ", "),
            ]
        }

        /// The provenance recorded in `metadata`: nil when it has none (trained from scratch, or
        /// written before provenance was recorded); fails naming the file when it is damaged.
        static func read(_ metadata: [String: String], path: String) throws(SurrogateError)
            -> Provenance?
        {
            guard let base = metadata["fine_tuned_from"] else { return nil }
            let hexDigits = Set("0123456789abcdef")
            guard let hash = metadata["base_model_sha256"], hash.count == 64,
                hash.allSatisfy(hexDigits.contains)
            else {
                throw .incompatibleModel(
                    path: path,
                    reason: "fine-tuned from \(base) but its base_model_sha256 is unreadable")
            }
            let frozen = (metadata["frozen_parts"] ?? "").split(separator: ", ").map(String.init)
            return Provenance(fineTunedFrom: base, baseModelSHA256: hash, frozenParts: frozen)
        }
    }

    /// Writes the model to `path` (a `.safetensors` file), with its provenance when it has one.
    public func save(to path: String) throws(SurrogateError) {
        let encode = { (value: [Double]) in value.map { String($0) }.joined(separator: " ") }
        let metadata = [
            "surrogate_format": Self.format, "surrogate_version": Self.formatVersion,
            "window": String(windowLength),
            "channels": ResidualChannels.equations.joined(separator: " "),
            "features": SurrogateExample.featureNames.joined(separator: " "),
            "feature_mean": encode(featureMean), "feature_scale": encode(featureScale),
            "interval_scale": String(intervalScale),
            "training_families": trainingFamilies.joined(separator: " "),
            "held_out_families": heldOutFamilies.joined(separator: " "),
        ].merging(provenance?.metadata ?? [:]) { own, _ in own }
        do {
            try network.save(to: path, normalisation: metadata)
        } catch {
            throw .modelFile(error.description)
        }
    }

    /// Reads a model written by `save`. A file of another format, version, architecture,
    /// channel or feature list, or with damaged provenance keys, fails with a message naming
    /// the file and the mismatch.
    public static func load(from path: String) throws(SurrogateError) -> SurrogateModel {
        let loaded: (network: ResNet, normalisation: [String: String])
        do {
            loaded = try ResNet.load(from: path)
        } catch {
            throw .modelFile(error.description)
        }
        let meta = loaded.normalisation
        guard meta["surrogate_format"] == format else {
            throw .incompatibleModel(path: path, reason: "no '\(format)' metadata")
        }
        let version = meta["surrogate_version"] ?? "(none)"
        guard version == formatVersion else {
            throw .incompatibleModel(
                path: path,
                reason: "surrogate version \(version), this build reads \(formatVersion)")
        }
        guard meta["channels"] == ResidualChannels.equations.joined(separator: " "),
            meta["features"] == SurrogateExample.featureNames.joined(separator: " ")
        else {
            throw .incompatibleModel(path: path, reason: "its input channels or features differ")
        }
        let configuration = loaded.network.configuration
        let expected = architecture()
        guard configuration.inputChannels == expected.inputChannels,
            configuration.tabularFeatures == expected.tabularFeatures,
            configuration.outputs == expected.outputs
        else {
            throw .incompatibleModel(
                path: path,
                reason: "architecture \(configuration.inputChannels) channels, "
                    + "\(configuration.tabularFeatures) features, \(configuration.outputs) outputs;"
                    + " expected \(expected.inputChannels), \(expected.tabularFeatures), "
                    + "\(expected.outputs)")
        }
        let decode = { (key: String) in
            (meta[key] ?? "").split(separator: " ").compactMap { Double($0) }
        }
        let mean = decode("feature_mean")
        let scale = decode("feature_scale")
        guard let window = meta["window"].flatMap({ Int($0) }), window > 1,
            mean.count == expected.tabularFeatures, scale.count == expected.tabularFeatures
        else { throw .incompatibleModel(path: path, reason: "its normalisation is unreadable") }
        let families = { (key: String) in
            (meta[key] ?? "").split(separator: " ").map(String.init)
        }
        return SurrogateModel(
            network: loaded.network, windowLength: window, featureMean: mean,
            featureScale: scale, intervalScale: meta["interval_scale"].flatMap(Double.init) ?? 1,
            trainingFamilies: families("training_families"),
            heldOutFamilies: families("held_out_families"),
            provenance: try Provenance.read(meta, path: path))
    }
}
