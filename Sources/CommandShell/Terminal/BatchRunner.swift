import Foundation

/// Non-interactive runs: `courant -i FILE.jou`, and commands piped on standard input when it
/// is not a terminal. With `options.echoCommands` (set it for batch sessions) each command is
/// echoed after `> ` as Fluent's batch mode does; errors are printed as one line, and the run
/// stops at the first error.
public enum BatchRunner {
    /// Runs the journal at `path` with `--set` overrides; returns the error that stopped it, or
    /// nil when every command ran. The error has already been printed.
    @discardableResult
    public static func runJournal(
        at path: String, in session: ShellSession, overrides: [String: String] = [:]
    ) -> ShellError? {
        report(in: session) {
            try Journal(contentsOf: path).run(in: session, overrides: overrides)
        }
    }

    /// Runs the commands read from standard input as a journal named `<stdin>` (all of it is
    /// read first, so the journal rules apply: continuation lines, parameters, one-line errors).
    @discardableResult
    public static func runStandardInput(in session: ShellSession) -> ShellError? {
        report(in: session) {
            let bytes = FileHandle.standardInput.readDataToEndOfFile()
            try Journal(text: String(decoding: bytes, as: UTF8.self), file: "<stdin>")
                .run(in: session)
        }
    }

    /// Whether standard input is a terminal (so the REPL, not the batch runner, should read it).
    public static var standardInputIsTerminal: Bool {
        isatty(STDIN_FILENO) == 1
    }

    private static func report(in session: ShellSession, _ body: () throws -> Void) -> ShellError? {
        do {
            try body()
            return nil
        } catch let error as ShellError {
            session.write(error.description + "\n")
            return error
        } catch {
            let failure = ShellError("\(error)")
            session.write(failure.description + "\n")
            return failure
        }
    }
}
