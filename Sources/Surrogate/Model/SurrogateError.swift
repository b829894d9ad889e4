/// Why the surrogate refused a request: one line naming the file, run or setting.
public enum SurrogateError: Error, Equatable, CustomStringConvertible {
    /// The model file is not a surrogate model this build reads (another architecture,
    /// another version, or not a surrogate at all).
    case incompatibleModel(path: String, reason: String)
    /// The model file could not be read or written.
    case modelFile(String)
    /// Too few usable runs to train on.
    case tooFewRuns(found: Int, needed: Int, detail: String)
    /// A residual CSV could not be read; `line` is 1-based, 0 for the whole file.
    case residualFile(path: String, line: Int, reason: String)
    /// Run ids asked for that are not finished runs of the history.
    case unknownRuns([Int64])
    /// The architecture options make no network (or cannot apply); the message names the
    /// option.
    case architecture(String)

    /// The one-line message shown to the user.
    public var description: String {
        switch self {
        case .incompatibleModel(let path, let reason):
            "\(path): not a compatible Courant surrogate model: \(reason)"
        case .modelFile(let message):
            message
        case .tooFewRuns(let found, let needed, let detail):
            "too few runs to train on: \(found) usable, at least \(needed) needed (\(detail))"
        case .residualFile(let path, let line, let reason):
            line > 0 ? "\(path):\(line): \(reason)" : "\(path): \(reason)"
        case .unknownRuns(let ids):
            "no finished run with id " + ids.map(String.init).joined(separator: ", ")
                + " in the history"
        case .architecture(let message):
            message
        }
    }
}
