import Foundation
import RunHistory

/// The claim one `courant batch` holds on a sweep's runs in a history while it runs, so that a
/// second batch of the same journal into the same history (started by hand, or by a script that
/// does not know the first is still going) cannot start the same runs and log them twice.
///
/// The claim is an exclusive `flock` on `HISTORY.batch-HASH.lock` beside the history (HASH: the
/// first 12 hex digits of the journal's case hash, so sweeps of other journals into the same
/// history run side by side). The file holds the owner's pid and host, for the second batch's
/// message. The kernel drops the lock when its batch ends however it ends (exit, `kill -9`), so
/// a file left behind never blocks; the descriptor is close-on-exec, so workers do not hold it.
/// Locks on one host only: a batch runs its workers on its own machine.
final class SweepLock {
    private var descriptor: Int32

    /// The lock file's path for a sweep of the journal with hash `caseHash` into `historyPath`.
    static func path(historyPath: String, caseHash: String) -> String {
        "\(historyPath).batch-\(caseHash.prefix(12)).lock"
    }

    /// Takes the claim, or throws `BatchError.sweepAlreadyRunning` naming the batch that holds
    /// it (`BatchError.lockUnavailable` if the file cannot be opened).
    init(historyPath: String, caseHash: String) throws(BatchError) {
        let path = Self.path(historyPath: historyPath, caseHash: caseHash)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .lockUnavailable(path, String(cString: strerror(errno)))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let holder = Self.holder(descriptor)
            close(descriptor)
            throw .sweepAlreadyRunning(history: historyPath, holder: holder)
        }
        let owner = Array("\(ProcessIdentity.pid) \(ProcessIdentity.hostName)\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pwrite(descriptor, owner, owner.count, 0)
        self.descriptor = descriptor
    }

    /// Gives the claim up (closing the file drops the lock); the file stays for the next batch.
    func release() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }

    /// "pid N on HOST" from the file of a held lock, or "another process" if it is unreadable.
    private static func holder(_ descriptor: Int32) -> String {
        var bytes = [UInt8](repeating: 0, count: 300)
        let count = pread(descriptor, &bytes, bytes.count, 0)
        let fields = String(decoding: bytes.prefix(max(count, 0)), as: UTF8.self)
            .split(whereSeparator: \.isWhitespace)
        guard fields.count == 2, Int(fields[0]) != nil else { return "another process" }
        return "pid \(fields[0]) on \(fields[1])"
    }
}
