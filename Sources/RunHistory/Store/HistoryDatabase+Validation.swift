import CSQLite
import Foundation

extension HistoryDatabase {
    /// Refuses, without writing a byte, a file at `path` that exists but is not a Courant
    /// history this build can open. A missing or empty file is fine (it will be created).
    ///
    /// Checks, in order: the 16-byte SQLite magic; the file is at least as long as the page
    /// count its header declares (a truncated copy is not; skipped while a `-wal` file exists,
    /// because a checkpoint in another process writes page 1 before it extends the file);
    /// read-only, that `application_id` is Courant's (or the database is completely empty);
    /// the schema version is not newer than this build's. SQLite errors other than "not a
    /// database" or "malformed" (a lock held too long, say) are rethrown as they are.
    static func validateExistingFile(at path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return
        }
        let refuse = { (reason: String) in
            HistoryError.notHistoryDatabase(path: path, reason: reason)
        }
        if isDirectory.boolValue { throw refuse("a directory") }
        guard let file = FileHandle(forReadingAtPath: path) else {
            throw refuse("cannot be read")
        }
        defer { try? file.close() }
        let header = [UInt8]((try? file.read(upToCount: 100)) ?? Data())
        let size = (try? file.seekToEnd()) ?? 0
        if size == 0 { return }
        guard header.count == 100, header.starts(with: Array("SQLite format 3\0".utf8)) else {
            throw refuse("no SQLite header")
        }
        let pageSize = header[16...17].reduce(0) { $0 << 8 | Int($1) }
        let pageCount = header[28...31].reduce(0) { $0 << 8 | Int($1) }
        let changeCounter = header[24...27].reduce(0) { $0 << 8 | Int($1) }
        let validFor = header[92...95].reduce(0) { $0 << 8 | Int($1) }
        let bytesPerPage = pageSize == 1 ? 65_536 : pageSize
        let walActive = FileManager.default.fileExists(atPath: path + "-wal")
        if !walActive, changeCounter == validFor, UInt64(bytesPerPage * pageCount) > size {
            throw refuse(
                "truncated: \(size) bytes, header declares \(pageCount) pages of \(bytesPerPage)")
        }
        try validateIdentity(at: path)
    }

    private static func validateIdentity(at path: String) throws {
        let refuse = { (reason: String) in
            HistoryError.notHistoryDatabase(path: path, reason: reason)
        }
        do {
            let probe = try SQLiteConnection(path: path, mode: .readOnly)
            probe.setBusyTimeout(milliseconds: busyTimeoutMilliseconds)
            // One snapshot: another process may commit the first migration between reads.
            let (applicationID, version, objects) = try probe.readSnapshot {
                (
                    try probe.integer("PRAGMA application_id"),
                    try probe.integer("PRAGMA user_version"),
                    try probe.integer("SELECT count(*) FROM sqlite_master")
                )
            }
            if applicationID == 0 && version == 0 && objects == 0 { return }
            guard applicationID == HistorySchema.applicationID else {
                throw refuse("an SQLite database of another application")
            }
            if version > HistorySchema.currentVersion {
                throw HistoryError.newerSchema(
                    path: path, found: Int(version), known: HistorySchema.currentVersion)
            }
        } catch let error as SQLiteError
            where error.code & 0xff == SQLITE_NOTADB || error.code & 0xff == SQLITE_CORRUPT
        {
            throw refuse(error.message)
        }
    }
}
