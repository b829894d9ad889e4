import CSQLite
import Foundation

extension HistoryDatabase {
    /// Puts the file in WAL mode, waiting for other processes as a write would.
    ///
    /// Switching a new database to WAL needs an exclusive lock, and sqlite answers
    /// `database is locked` at once, without calling the busy handler, when another process is
    /// creating or migrating the same file at that moment (seen with four `courant batch`
    /// workers opening one new history). So the switch is retried every 10 ms until it holds or
    /// `busyTimeoutMilliseconds` have passed; a file already in WAL mode returns at once.
    static func enableWriteAheadLog(on connection: SQLiteConnection) throws {
        let deadline = ContinuousClock.now + .milliseconds(Int(busyTimeoutMilliseconds))
        while true {
            do {
                let mode = try connection.text("PRAGMA journal_mode = WAL")
                if mode.lowercased() == "wal" { return }
                if ContinuousClock.now >= deadline {
                    throw SQLiteError(
                        code: SQLITE_BUSY, message: "journal mode stayed '\(mode)'",
                        context: "switching \(connection.path) to WAL")
                }
            } catch let error as SQLiteError where error.code & 0xff == SQLITE_BUSY {
                guard ContinuousClock.now < deadline else { throw error }
            }
            usleep(10_000)
        }
    }
}
