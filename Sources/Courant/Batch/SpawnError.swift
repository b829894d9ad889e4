/// Why a worker process could not be started (`posix_spawn` refused, or the program is not
/// executable); becomes `WorkerTermination.notStarted`.
struct SpawnError: Error {
    /// `PROGRAM: reason`.
    var message: String
}
