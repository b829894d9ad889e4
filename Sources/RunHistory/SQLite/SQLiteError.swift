import CSQLite

/// A failed SQLite call, carrying sqlite's own result code and message so that the
/// one-line error the user sees says what sqlite said (`database is locked`, `file is not a
/// database`, ...), plus what Courant was doing at the time.
public struct SQLiteError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The primary or extended result code (`SQLITE_BUSY`, `SQLITE_NOTADB`, ...).
    public var code: Int32
    /// `sqlite3_errmsg` at the time of failure.
    public var message: String
    /// What was being attempted, e.g. `prepare "INSERT INTO residual ..."`.
    public var context: String

    /// An error from an explicit code, message and context.
    public init(code: Int32, message: String, context: String) {
        self.code = code
        self.message = message
        self.context = context
    }

    /// The error sqlite reports on `handle` for result `code`.
    init(code: Int32, handle: OpaquePointer?, context: String) {
        let text = handle.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        self.init(
            code: code,
            message: text ?? String(cString: sqlite3_errstr(code)),
            context: context)
    }

    /// `sqlite: MESSAGE (code N) while CONTEXT`.
    public var description: String {
        "sqlite: \(message) (code \(code)) while \(context)"
    }
}
