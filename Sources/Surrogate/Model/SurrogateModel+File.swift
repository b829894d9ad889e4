import Foundation
import NeuralNet

/// Model files: `NAME.safetensors`, the network's state with the surrogate's own metadata
/// (format, version, window, feature names and normalisation, interval calibration, families,
/// and for a fine-tuned model its provenance) in the normalisation map that `ResNet.save`
/// stores as JSON in `__metadata__["normalisation"]`.
///
/// Provenance keys, present only in a fine-tuned model (`SurrogateModel.Provenance`).
extension SurrogateModel {
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
