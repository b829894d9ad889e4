import Foundation
import RunHistory
import Testing

/// The two races a new history meets when several `courant batch` workers open it at once,
/// each reproduced deterministically with a second connection in this process.
@Suite struct HistoryLockTests {
    /// sqlite refuses `PRAGMA journal_mode = WAL` at once, without the busy handler, while
    /// another connection holds the write lock on a new file; opening must wait for it.
    @Test func openingWaitsForAnotherWriterBeforeSwitchingToWAL() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let path = scratch.file("h.db")
        let held = DispatchSemaphore(value: 0)
        let holdSeconds = 0.3
        let holder = Thread {
            guard let writer = try? SQLiteConnection(path: path, mode: .readWriteCreate),
                (try? writer.execute("BEGIN IMMEDIATE")) != nil
            else {
                held.signal()
                return
            }
            held.signal()
            Thread.sleep(forTimeInterval: holdSeconds)
            try? writer.execute("COMMIT")
        }
        holder.start()
        held.wait()
        let start = ContinuousClock.now
        let database = try HistoryDatabase(path: path)
        #expect(ContinuousClock.now - start >= .milliseconds(200))
        #expect(try database.schemaVersion() == HistorySchema.currentVersion)
    }

    /// Queries in one `readSnapshot` see the file as it was when the first of them ran, even
    /// when another connection commits between them (the identity probe reads three values
    /// while another worker may be committing the first migration).
    @Test func readSnapshotIgnoresACommitBetweenItsQueries() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let path = scratch.file("h.db")
        let writer = try SQLiteConnection(path: path, mode: .readWriteCreate)
        _ = try writer.text("PRAGMA journal_mode = WAL")
        try writer.execute("CREATE TABLE first (x)")
        let reader = try SQLiteConnection(path: path, mode: .readOnly)
        let count = "SELECT count(*) FROM sqlite_master"
        let (before, after) = try reader.readSnapshot {
            let before = try reader.integer(count)
            try writer.execute("CREATE TABLE second (x); PRAGMA user_version = 7")
            return (before, try reader.integer(count))
        }
        #expect(before == 1)
        #expect(after == 1)
        #expect(try reader.integer(count) == 2)
    }
}
