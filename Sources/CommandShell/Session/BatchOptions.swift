/// Fluent's `/file/set-batch-options`: how the shell behaves when no one is at the keyboard.
public struct BatchOptions: Equatable, Sendable {
    /// Ask before overwriting a file. Without a terminal to answer, the answer is no.
    public var confirmOverwrite: Bool
    /// Stop the program (non-zero exit status) at the first error rather than return to the
    /// prompt; in a journal run without a person, off means each error is printed and the
    /// journal goes on (it then fails as a whole at its end).
    public var exitOnError: Bool
    /// Do not print prompts for arguments read from a journal or a pipe.
    public var hideQuestions: Bool
    /// Echo each command after `> ` before running it, as Fluent's batch mode does.
    public var echoCommands: Bool

    /// Makes options; the defaults are those of a journal run without a person: ask before
    /// overwriting (answered no), stop at the first error, show questions. The REPL turns
    /// `exitOnError` off (`InteractiveShell`).
    public init(
        confirmOverwrite: Bool = true, exitOnError: Bool = true, hideQuestions: Bool = false,
        echoCommands: Bool = false
    ) {
        self.confirmOverwrite = confirmOverwrite
        self.exitOnError = exitOnError
        self.hideQuestions = hideQuestions
        self.echoCommands = echoCommands
    }
}
