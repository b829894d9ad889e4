/// Why a batch could not start (raised before any run starts).
public enum BatchError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The executable each run would invoke is missing or not executable.
    case notExecutable(String)

    /// The one-line message.
    public var description: String {
        switch self {
        case .notExecutable(let path):
            "\(path): not an executable file (the program each batch run invokes)"
        }
    }
}
