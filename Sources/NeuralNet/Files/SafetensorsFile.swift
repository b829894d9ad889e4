import Foundation

/// The safetensors container (Hugging Face; readable by `safetensors.torch.load_file`):
///
///     [u64 little-endian N] [N bytes of JSON header, space-padded to 8] [raw tensor bytes]
///
/// The header maps each tensor name to `{"dtype": "F32", "shape": [...], "data_offsets":
/// [begin, end]}` (byte offsets into the data section) and `"__metadata__"` to a string→string
/// map. Only F32 tensors are written; reading skips tensors of other types.
public enum SafetensorsFile {
    /// Writes `tensors` (in the given order) and `metadata` to `path`.
    public static func write(
        tensors: [(name: String, tensor: Tensor)], metadata: [String: String], to path: String
    ) throws(ModelFileError) {
        var header: [String: Any] = ["__metadata__": metadata]
        var offset = 0
        for (name, tensor) in tensors {
            let bytes = tensor.count * MemoryLayout<Float>.size
            header[name] = [
                "dtype": "F32", "shape": tensor.shape, "data_offsets": [offset, offset + bytes],
            ]
            offset += bytes
        }
        var json: Data
        do {
            json = try JSONSerialization.data(withJSONObject: header, options: [.sortedKeys])
        } catch {
            throw .inputOutput(path: path, reason: "cannot encode header: \(error)")
        }
        json.append(contentsOf: [UInt8](repeating: 0x20, count: (8 - json.count % 8) % 8))
        var file = Data()
        var length = UInt64(json.count).littleEndian
        withUnsafeBytes(of: &length) { file.append(contentsOf: $0) }
        file.append(json)
        for (_, tensor) in tensors {
            tensor.scalars.withUnsafeBytes { file.append(contentsOf: $0) }
        }
        do {
            try file.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .inputOutput(path: path, reason: "cannot write: \(error.localizedDescription)")
        }
    }

    /// Reads the F32 tensors and the metadata of the safetensors file at `path`.
    public static func read(path: String) throws(ModelFileError) -> (
        tensors: [String: Tensor], metadata: [String: String]
    ) {
        guard FileManager.default.fileExists(atPath: path) else {
            throw .inputOutput(path: path, reason: "no such model file")
        }
        guard let file = try? Data(contentsOf: URL(fileURLWithPath: path)) else {
            throw .inputOutput(path: path, reason: "cannot read the model file")
        }
        guard file.count >= 8 else { throw .malformed(path: path, reason: "shorter than 8 bytes") }
        let headerLength = file.prefix(8).enumerated().reduce(UInt64(0)) {
            $0 | UInt64($1.element) << (8 * UInt64($1.offset))
        }
        guard headerLength <= UInt64(file.count - 8) else {
            throw .malformed(path: path, reason: "header length \(headerLength) exceeds the file")
        }
        let dataStart = 8 + Int(headerLength)
        let parsed = try? JSONSerialization.jsonObject(with: file.subdata(in: 8..<dataStart))
        guard let header = parsed as? [String: Any] else {
            throw .malformed(path: path, reason: "header is not a JSON object")
        }
        let metadata = header["__metadata__"] as? [String: String] ?? [:]
        var tensors = [String: Tensor]()
        for (name, entry) in header where name != "__metadata__" {
            guard let entry = entry as? [String: Any], let dtype = entry["dtype"] as? String,
                let shape = entry["shape"] as? [Int], let offsets = entry["data_offsets"] as? [Int],
                offsets.count == 2
            else { throw .malformed(path: path, reason: "entry '\(name)' is incomplete") }
            guard dtype == "F32" else { continue }
            let count = shape.reduce(1, *)
            let begin = dataStart + offsets[0]
            let end = dataStart + offsets[1]
            guard offsets[0] >= 0, end - begin == count * 4, end <= file.count else {
                throw .malformed(path: path, reason: "tensor '\(name)' has inconsistent offsets")
            }
            var scalars = [Float](repeating: 0, count: count)
            scalars.withUnsafeMutableBytes { target in
                _ = file.copyBytes(to: target, from: begin..<end)
            }
            tensors[name] = Tensor(shape: shape, scalars: scalars)
        }
        return (tensors, metadata)
    }
}
