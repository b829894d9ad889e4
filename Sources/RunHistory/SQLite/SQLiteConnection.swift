import CSQLite

/// One open connection to an SQLite database file: the only place Courant calls
/// `sqlite3_open_v2`, `sqlite3_exec` and transaction control.
///
/// Not `Sendable`: a connection belongs to one thread (SQLite is built serialized on Debian,
/// but Courant never shares a connection; each worker process opens its own).
public final class SQLiteConnection {
    /// How to open the file.
    public enum OpenMode: Sendable {
        /// Read only; fails if the file does not exist.
        case readOnly
        /// Read and write; fails if the file does not exist.
        case readWrite
        /// Read and write, creating an empty database if the file does not exist.
        case readWriteCreate
    }

    /// The raw handle, for `SQLiteStatement`.
    let handle: OpaquePointer
    /// The path given at open.
    public let path: String

    /// Opens `path` in `mode`; throws with sqlite's message when sqlite refuses.
    public init(path: String, mode: OpenMode) throws {
        var flags: Int32
        switch mode {
        case .readOnly: flags = SQLITE_OPEN_READONLY
        case .readWrite: flags = SQLITE_OPEN_READWRITE
        case .readWriteCreate: flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        }
        flags |= SQLITE_OPEN_NOMUTEX
        var opened: OpaquePointer?
        let code = sqlite3_open_v2(path, &opened, flags, nil)
        guard code == SQLITE_OK, let opened else {
            let error = SQLiteError(code: code, handle: opened, context: "opening \(path)")
            sqlite3_close_v2(opened)
            throw error
        }
        sqlite3_extended_result_codes(opened, 1)
        self.handle = opened
        self.path = path
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Runs one or more SQL statements that return no rows of interest.
    public func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        guard code == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_free(message)
            throw SQLiteError(code: code, message: text, context: "executing \(Self.excerpt(sql))")
        }
    }

    /// Compiles one statement.
    public func prepare(_ sql: String) throws -> SQLiteStatement {
        try SQLiteStatement(connection: self, sql: sql)
    }

    /// Waits up to `milliseconds` for another process's lock before reporting `SQLITE_BUSY`.
    public func setBusyTimeout(milliseconds: Int32) {
        sqlite3_busy_timeout(handle, milliseconds)
    }

    /// The rowid of the last successful INSERT on this connection.
    public var lastInsertedRowID: Int64 {
        sqlite3_last_insert_rowid(handle)
    }

    /// Whether SQLite opened the file read-only although writing was asked for (it does so
    /// silently when the file or its folder is not writable).
    public var isReadOnly: Bool {
        sqlite3_db_readonly(handle, "main") == 1
    }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    public var changes: Int {
        Int(sqlite3_changes(handle))
    }

    /// Runs `body` inside `BEGIN IMMEDIATE ... COMMIT`, rolling back if it throws.
    ///
    /// IMMEDIATE takes the write lock up front, so two worker processes never deadlock
    /// upgrading read locks; the busy timeout makes the second one wait instead of failing.
    public func transaction<Result>(_ body: () throws -> Result) throws -> Result {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Runs `body` inside a deferred `BEGIN ... COMMIT`, so that every query in it reads one
    /// snapshot of the file even while another process commits between them.
    public func readSnapshot<Result>(_ body: () throws -> Result) throws -> Result {
        try execute("BEGIN")
        defer { try? execute("COMMIT") }
        return try body()
    }

    /// The single integer a one-row, one-column query returns (`PRAGMA user_version`, counts).
    public func integer(_ sql: String) throws -> Int64 {
        try firstRow(of: sql).int64(at: 0)
    }

    /// The single text a one-row, one-column query returns (`PRAGMA integrity_check`).
    public func text(_ sql: String) throws -> String {
        try firstRow(of: sql).text(at: 0) ?? ""
    }

    /// The statement stepped onto its first row; throws if the query returns none.
    private func firstRow(of sql: String) throws -> SQLiteStatement {
        let statement = try prepare(sql)
        guard try statement.step() else {
            throw SQLiteError(
                code: SQLITE_ERROR, message: "query returned no row",
                context: "reading \(Self.excerpt(sql))")
        }
        return statement
    }

    /// The first line of `sql`, shortened, for error messages.
    static func excerpt(_ sql: String) -> String {
        let line = sql.split(separator: "\n").first.map(String.init) ?? sql
        let trimmed = line.trimmingWhitespace()
        return trimmed.count > 60 ? "\"\(trimmed.prefix(57))...\"" : "\"\(trimmed)\""
    }
}
