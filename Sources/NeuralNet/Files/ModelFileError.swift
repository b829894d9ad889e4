/// Why a model file or state could not be used; each message names the file or tensor.
public enum ModelFileError: Error, Equatable, CustomStringConvertible {
    /// A tensor the architecture needs is absent from `place` (a file path, or "state").
    case missingTensor(String, place: String)
    /// A tensor in `place` has another shape than the architecture needs.
    case shapeMismatch(String, expected: [Int], found: [Int], place: String)
    /// The file's format version is not the one this build reads.
    case unsupportedVersion(path: String, found: String, expected: String)
    /// The file is not a well-formed safetensors file.
    case malformed(path: String, reason: String)
    /// The file could not be read or written.
    case inputOutput(path: String, reason: String)

    /// One-line message naming the place.
    public var description: String {
        switch self {
        case .missingTensor(let name, let place):
            return "\(place): tensor '\(name)' is missing"
        case .shapeMismatch(let name, let expected, let found, let place):
            return
                "\(place): tensor '\(name)' has shape \(found), the architecture needs \(expected)"
        case .unsupportedVersion(let path, let found, let expected):
            return "\(path): model format version \(found), this build reads version \(expected)"
        case .malformed(let path, let reason):
            return "\(path): not a valid safetensors model file: \(reason)"
        case .inputOutput(let path, let reason):
            return "\(path): \(reason)"
        }
    }

    /// The same error with its place set to `path`.
    func located(in path: String) -> ModelFileError {
        switch self {
        case .missingTensor(let name, _): return .missingTensor(name, place: path)
        case .shapeMismatch(let name, let expected, let found, _):
            return .shapeMismatch(name, expected: expected, found: found, place: path)
        default: return self
        }
    }
}
