/// Why the history refused a request, one line naming the file or the run.
public enum HistoryError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file exists but is not a Courant history database; it is left untouched.
    case notHistoryDatabase(path: String, reason: String)
    /// The database was written by a newer Courant whose schema this build does not know.
    case newerSchema(path: String, found: Int, known: Int)
    /// A history opened for reading only has a schema older than reading it needs.
    case olderSchema(path: String, found: Int, needed: Int)
    /// A command that reads the history was pointed at a file that does not exist.
    case noHistory(path: String)
    /// No run with this id.
    case noSuchRun(path: String, id: Int64)
    /// A stored value could not be read back (e.g. a status this build does not know).
    case corruptRow(path: String, detail: String)
    /// The database opened, but only for reading: nothing could be logged to it.
    case readOnly(path: String, reason: String)
    /// The run logger was used after `finish`.
    case runAlreadyFinished(id: Int64)

    /// The one-line message shown to the user.
    public var description: String {
        switch self {
        case .notHistoryDatabase(let path, let reason):
            "\(path): not a Courant history database (\(reason)); the file was left untouched"
        case .newerSchema(let path, let found, let known):
            "\(path): history schema version \(found) is newer than this Courant knows (\(known));"
                + " use a newer Courant"
        case .olderSchema(let path, let found, let needed):
            "\(path): history schema version \(found) is older than version \(needed), which "
                + "reading it here needs; upgrade it once with 'courant history list --history "
                + "\(path)'"
        case .noHistory(let path):
            "\(path): no history database here (set it with --history or COURANT_HISTORY)"
        case .noSuchRun(let path, let id):
            "\(path): no run with id \(id)"
        case .corruptRow(let path, let detail):
            "\(path): unreadable row: \(detail)"
        case .readOnly(let path, let reason):
            "\(path): the history database cannot be written (\(reason)): log to another with "
                + "--history or COURANT_HISTORY, or run with --no-history"
        case .runAlreadyFinished(let id):
            "run \(id) is already finished; begin a new run to log more iterations"
        }
    }
}
