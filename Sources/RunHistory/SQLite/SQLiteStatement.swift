import CSQLite

/// A compiled SQL statement: bind parameters (1-based, as sqlite numbers them), step, read
/// columns (0-based), reset and reuse. Reuse is what makes per-iteration logging cheap.
public final class SQLiteStatement {
    private let statement: OpaquePointer
    private let connection: SQLiteConnection
    private let sql: String

    init(connection: SQLiteConnection, sql: String) throws {
        var compiled: OpaquePointer?
        let code = sqlite3_prepare_v2(connection.handle, sql, -1, &compiled, nil)
        guard code == SQLITE_OK, let compiled else {
            throw SQLiteError(
                code: code, handle: connection.handle,
                context: "preparing \(SQLiteConnection.excerpt(sql))")
        }
        self.statement = compiled
        self.connection = connection
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(statement)
    }

    /// Binds an integer to parameter `index` (1-based).
    public func bind(_ value: Int64, at index: Int32) throws {
        try check(sqlite3_bind_int64(statement, index, value), "binding parameter \(index)")
    }

    /// Binds an integer to parameter `index` (1-based).
    public func bind(_ value: Int, at index: Int32) throws {
        try bind(Int64(value), at: index)
    }

    /// Binds a double to parameter `index`; sqlite stores NaN as NULL, read back as NaN.
    public func bind(_ value: Double, at index: Int32) throws {
        try check(sqlite3_bind_double(statement, index, value), "binding parameter \(index)")
    }

    /// Binds text (copied by sqlite) to parameter `index`.
    public func bind(_ value: String, at index: Int32) throws {
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        try check(
            sqlite3_bind_text(statement, index, value, -1, transient), "binding parameter \(index)")
    }

    /// Binds NULL to parameter `index`.
    public func bindNull(at index: Int32) throws {
        try check(sqlite3_bind_null(statement, index), "binding parameter \(index)")
    }

    /// Binds an optional integer, NULL when absent.
    public func bind(_ value: Int?, at index: Int32) throws {
        if let value { try bind(value, at: index) } else { try bindNull(at: index) }
    }

    /// Binds an optional double, NULL when absent.
    public func bind(_ value: Double?, at index: Int32) throws {
        if let value { try bind(value, at: index) } else { try bindNull(at: index) }
    }

    /// Binds optional text, NULL when absent.
    public func bind(_ value: String?, at index: Int32) throws {
        if let value { try bind(value, at: index) } else { try bindNull(at: index) }
    }

    /// Advances one row: true when a row is available, false when the statement is done.
    @discardableResult
    public func step() throws -> Bool {
        let code = sqlite3_step(statement)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            throw SQLiteError(
                code: code, handle: connection.handle,
                context: "running \(SQLiteConnection.excerpt(sql))")
        }
    }

    /// Resets the statement for another run and clears its bindings.
    public func reset() {
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
    }

    /// Column `index` (0-based) as an integer (0 when NULL).
    public func int64(at index: Int32) -> Int64 {
        sqlite3_column_int64(statement, index)
    }

    /// Column `index` as an integer, nil when NULL.
    public func optionalInt(at index: Int32) -> Int? {
        isNull(at: index) ? nil : Int(sqlite3_column_int64(statement, index))
    }

    /// Column `index` as a double; NULL (how sqlite stores NaN) reads as NaN.
    public func double(at index: Int32) -> Double {
        isNull(at: index) ? .nan : sqlite3_column_double(statement, index)
    }

    /// Column `index` as a double, nil when NULL.
    public func optionalDouble(at index: Int32) -> Double? {
        isNull(at: index) ? nil : sqlite3_column_double(statement, index)
    }

    /// Column `index` as text, nil when NULL.
    public func text(at index: Int32) -> String? {
        guard let bytes = sqlite3_column_text(statement, index) else { return nil }
        return String(cString: bytes)
    }

    /// Whether column `index` is NULL.
    public func isNull(at index: Int32) -> Bool {
        sqlite3_column_type(statement, index) == SQLITE_NULL
    }

    private func check(_ code: Int32, _ context: String) throws {
        guard code == SQLITE_OK else {
            throw SQLiteError(code: code, handle: connection.handle, context: context)
        }
    }
}
