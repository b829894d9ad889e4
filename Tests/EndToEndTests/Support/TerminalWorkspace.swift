import Foundation

/// A fresh temporary directory for one end-to-end test: the program's working directory, its
/// journals, history database and command-history file. Removed on `remove` or deinit.
final class TerminalWorkspace {
    /// The directory.
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "courant-e2e-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The absolute path of `name` in the workspace.
    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    /// Writes `text` to `name` in the workspace.
    func write(_ text: String, to name: String) throws {
        try text.write(toFile: path(name), atomically: true, encoding: .utf8)
    }

    /// The text of `name` in the workspace.
    func read(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }

    /// Starts the REPL (`courant` with no arguments) in a terminal, logging runs to
    /// `history.db` and typed commands to `commands.hist` here, and waits for its first prompt.
    func startRepl() throws -> TerminalSession {
        let terminal = try TerminalSession(
            running: [
                try TerminalBinary.path(), "--history", path("history.db"),
                "--command-history", path("commands.hist"),
            ], in: url)
        try terminal.waitFor("Ctrl-D quits.\n")
        try terminal.waitFor("> ", atLineStart: true)
        return terminal
    }
}
