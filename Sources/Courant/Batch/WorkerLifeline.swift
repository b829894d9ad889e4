import CProcess
import Foundation

/// Ties each worker of `courant batch` to the batch process: a worker dies with its batch.
///
/// Without it, `kill -9` of the batch alone (not its process group) left its workers running
/// as orphans, and the same sweep run again started their runs a second time while they were
/// still finishing, so both copies were logged. The pool names itself to each worker in the
/// environment (`COURANT_BATCH_PID`); the worker asks the kernel for SIGTERM when the batch
/// ends (`PR_SET_PDEATHSIG`), then checks that the batch is still its parent, since it may have
/// ended before the request was made. SIGTERM ends the run as Ctrl-C does: after the iteration
/// in progress, with the run closed as `interrupted` in the history (exit 143).
public enum WorkerLifeline {
    /// The environment variable through which the pool names itself to its workers.
    public static let environmentVariable = "COURANT_BATCH_PID"

    /// `NAME=PID` for the worker's environment: this process is the batch.
    static var environmentEntry: String {
        "\(environmentVariable)=\(getpid())"
    }

    /// In a worker of a batch, arranges to be told (SIGTERM) when the batch ends; returns
    /// false when the batch has already ended, so the worker should stop before starting.
    /// Outside a batch (no `COURANT_BATCH_PID`), does nothing and returns true.
    public static func bindToBatch() -> Bool {
        guard let text = ProcessInfo.processInfo.environment[environmentVariable],
            let batch = Int32(text)
        else { return true }
        _ = courant_set_parent_death_signal(SIGTERM)
        return getppid() == batch
    }
}
