/// How a worker process ended.
public enum WorkerTermination: Sendable, Equatable {
    /// It exited with this status (0-255).
    case exited(Int32)
    /// A signal killed it (SIGSEGV, SIGKILL, ...).
    case signalled(Int32)
    /// It could not be started (no such program, not executable); the message says why.
    case notStarted(String)
}
