import Foundation
import NeuralNet
import RunHistory

/// Provenance keys of a model file, present only in a fine-tuned model and optional to readers
/// (a model trained from scratch has none): `fine_tuned_from` (the base model's path as given
/// to `--init`), `base_model_sha256` (SHA-256 of the base file's bytes, what `sha256sum`
/// prints) and `frozen_parts` (the frozen parts' names joined by ", ", empty when every weight
/// trained).
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
}
