import CommandShell
import Foundation
import RunHistory

/// `courant` with no arguments: Fluent's text interface on GNU readline when standard input is
/// a terminal, or the piped commands run as a journal (`<stdin>`) when it is not.
///
/// Runs are logged to the history database (`--history`, `COURANT_HISTORY`, or
/// `courant-history.db`); `/file/history/...` changes that within the session.
public enum InteractiveSession {
    /// Runs the session and returns the process exit code (0, or 1 after an error in a pipe).
    public static func run(historyPath: String?, commandHistoryPath: String?) -> Int32 {
        let console = StandardOutput()
        var shell: ShellSession?
        let session = CourantSession(write: { text in
            if let shell { shell.write(text) } else { console.write(text) }
        })
        do {
            try session.useHistory(
                at: HistoryLocation.resolve(
                    option: historyPath, environment: ProcessInfo.processInfo.environment))
        } catch {
            console.write("Warning: runs will not be logged: \(error)\n")
        }
        defer { session.close() }
        guard CommandShell.BatchRunner.standardInputIsTerminal else {
            SignalHandling.install()
            let piped = ShellSession(
                root: session.root, output: console, input: StandardInputLines(promptingOn: nil),
                isInteractive: false,
                options: CommandShell.BatchOptions(
                    confirmOverwrite: false, exitOnError: true, hideQuestions: true,
                    echoCommands: true))
            shell = piped
            return CommandShell.BatchRunner.runStandardInput(in: piped) == nil ? 0 : 1
        }
        console.write(
            "Courant \(CourantSession.version): type a command, `help`, or Enter to list the "
                + "menu; Ctrl-D quits.\n")
        _ = InteractiveShell.run(
            root: session.root, output: console,
            historyPath: commandHistoryPath ?? ReadlineEditor.defaultHistoryPath
        ) { shell = $0 }
        return 0
    }
}
