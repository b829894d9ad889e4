import CommandShell
import Foundation
import Monitoring
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
        let isTerminal = CommandShell.BatchRunner.standardInputIsTerminal
        do {
            try session.useHistory(
                at: HistoryLocation.resolve(
                    option: historyPath, environment: ProcessInfo.processInfo.environment))
        } catch {
            // Piped commands are a batch: not being able to log them is an error, as in
            // `courant run`. At a terminal the person reads the line and may pick another file.
            guard isTerminal else {
                try? FileHandle.standardError.write(contentsOf: Data("Error: \(error)\n".utf8))
                return Monitoring.RunStatus.failed.exitCode
            }
            console.write("Warning: runs will not be logged: \(error)\n")
        }
        let status = run(
            session, isTerminal: isTerminal, console: console, historyPath: commandHistoryPath
        ) { shell = $0 }
        if let failure = session.close() {
            console.write("Error: \(failure)\n")
            return Monitoring.RunStatus.failed.exitCode
        }
        return status
    }

    /// The session's commands: piped (exit 1 after an error) or typed at the terminal.
    private static func run(
        _ session: CourantSession, isTerminal: Bool, console: StandardOutput,
        historyPath commandHistoryPath: String?, shellStarted: (ShellSession) -> Void
    ) -> Int32 {
        guard isTerminal else {
            SignalHandling.install()
            let piped = ShellSession(
                root: session.root, output: console, input: StandardInputLines(promptingOn: nil),
                isInteractive: false,
                options: CommandShell.BatchOptions(
                    confirmOverwrite: false, exitOnError: true, hideQuestions: true,
                    echoCommands: true))
            shellStarted(piped)
            return CommandShell.BatchRunner.runStandardInput(in: piped) == nil ? 0 : 1
        }
        console.write(
            "Courant \(CourantSession.version): type a command, `help`, or Enter to list the "
                + "menu; Ctrl-D quits.\n")
        _ = InteractiveShell.run(
            root: session.root, output: console,
            historyPath: commandHistoryPath ?? ReadlineEditor.defaultHistoryPath
        ) { shellStarted($0) }
        return 0
    }
}
