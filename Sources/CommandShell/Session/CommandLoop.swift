import Foundation

/// The read-run loop of an interactive session: prompt with the current menu, run each line,
/// report errors in one line and carry on.
///
/// The line source is the session's `input`: readline on a terminal (`ReadlineEditor`), or
/// scripted lines in tests. Ctrl-C while typing clears the line; Ctrl-D (end of input) quits.
public enum CommandLoop {
    /// Why the loop ended.
    public enum Outcome: Equatable, Sendable {
        /// Ctrl-D or the end of the input.
        case endOfInput
        /// A command asked to exit (`/exit`).
        case exitRequested
        /// A command failed while `exitOnError` was set.
        case stoppedOnError(ShellError)
    }

    /// Runs lines from `session.input` until the input ends, a command asks to exit, or (with
    /// `exitOnError`) a command fails.
    public static func run(_ session: ShellSession) -> Outcome {
        while true {
            let prompt = session.prompt
            switch session.input.readLine(prompt: prompt) {
            case .endOfInput:
                session.write("\n")
                return .endOfInput
            case .interrupted:
                continue
            case .line(let line):
                session.output.recordInput(prompt + line)
                if !line.trimmingCharacters(in: .whitespaces).isEmpty {
                    session.input.remember(line)
                }
                do {
                    try session.execute(line)
                } catch let error as ShellError {
                    session.write(error.description + "\n")
                    if session.options.exitOnError { return .stoppedOnError(error) }
                } catch {
                    session.write("\(error)\n")
                    if session.options.exitOnError {
                        return .stoppedOnError(ShellError("\(error)"))
                    }
                }
                if session.isExitRequested { return .exitRequested }
            }
        }
    }
}
