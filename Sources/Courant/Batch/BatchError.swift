/// Why a batch could not start (raised before any run starts).
public enum BatchError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The executable each run would invoke is missing or not executable.
    case notExecutable(String)
    /// Another batch (its pid and host) is running a sweep of the same journal into the same
    /// history (`SweepLock`).
    case sweepAlreadyRunning(history: String, holder: String)
    /// The sweep's lock file beside the history could not be opened (path, reason).
    case lockUnavailable(String, String)

    /// The one-line message.
    public var description: String {
        switch self {
        case .notExecutable(let path):
            "\(path): not an executable file (the program each batch run invokes)"
        case .sweepAlreadyRunning(let history, let holder):
            "\(history): a batch of this sweep's journal is already running into this history "
                + "(\(holder)); wait for it to end or stop it, then run this one again to "
                + "resume (two at once would compute runs twice)"
        case .lockUnavailable(let path, let reason):
            "\(path): cannot open the sweep's lock file: \(reason)"
        }
    }
}
