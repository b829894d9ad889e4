/// Where the history database is: `--history PATH` if given, else the `COURANT_HISTORY`
/// environment variable if set and non-empty, else `courant-history.db` in the working directory.
public enum HistoryLocation {
    /// The file name used when nothing else is said.
    public static let defaultFileName = "courant-history.db"
    /// The environment variable that overrides the default.
    public static let environmentVariable = "COURANT_HISTORY"

    /// Resolves the path from the command-line option and the environment (pass
    /// `ProcessInfo.processInfo.environment`); relative paths stay relative to the working
    /// directory.
    public static func resolve(option: String?, environment: [String: String]) -> String {
        if let option, !option.isEmpty { return option }
        if let value = environment[environmentVariable], !value.isEmpty { return value }
        return defaultFileName
    }
}
