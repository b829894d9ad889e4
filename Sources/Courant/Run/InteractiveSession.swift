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
        SignalHandling.install()
        let console = StandardOutput()
        let isTerminal = CommandShell.BatchRunner.standardInputIsTerminal
        let editor: (any LineSource) =
            isTerminal
            ? ReadlineEditor(historyPath: commandHistoryPath ?? ReadlineEditor.defaultHistoryPath)
            : StandardInputLines(promptingOn: nil)
        var shell: ShellSession?
        let session = CourantSession(write: { text in
            if let shell { shell.write(text) } else { console.write(text) }
        })
        let commands = ShellSession(
            root: session.root, output: console, input: editor, isInteractive: isTerminal,
            options: CommandShell.BatchOptions(
                confirmOverwrite: isTerminal, exitOnError: !isTerminal,
                hideQuestions: !isTerminal, echoCommands: !isTerminal))
        shell = commands
        (editor as? ReadlineEditor)?.completeFrom(commands)
        do {
            try session.useHistory(
                at: HistoryLocation.resolve(
                    option: historyPath, environment: ProcessInfo.processInfo.environment))
        } catch {
            console.write("Warning: runs will not be logged: \(error)\n")
        }
        defer { session.close() }
        guard isTerminal else {
            return CommandShell.BatchRunner.runStandardInput(in: commands) == nil ? 0 : 1
        }
        console.write("Courant \(CourantSession.version): type a command, `help`, or Enter to list "
            + "the menu; Ctrl-D quits.\n")
        _ = CommandLoop.run(commands)
        return 0
    }
}
