/// One process for the worker pool to run: `executable arguments...`, its output to a log file.
public struct WorkerJob: Sendable, Equatable {
    /// Absolute path of the program.
    public var executable: String
    /// Arguments after the program name.
    public var arguments: [String]
    /// File receiving the process's stdout and stderr (created or truncated); nil discards them.
    public var logPath: String?

    /// A job from its parts.
    public init(executable: String, arguments: [String], logPath: String? = nil) {
        self.executable = executable
        self.arguments = arguments
        self.logPath = logPath
    }
}
