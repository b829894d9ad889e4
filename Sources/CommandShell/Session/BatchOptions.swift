/// Fluent's `/file/set-batch-options`: how the shell behaves when no one is at the keyboard.
public struct BatchOptions: Equatable, Sendable {
    /// Ask before overwriting a file. Without a terminal to answer, the answer is no.
    public var confirmOverwrite: Bool
    /// Stop the program (non-zero exit status) at the first error rather than return to the prompt.
    public var exitOnError: Bool
    /// Do not print prompts for arguments read from a journal or a pipe.
    public var hideQuestions: Bool
    /// Echo each command after `> ` before running it, as Fluent's batch mode does.
    public var echoCommands: Bool

    /// Makes options; the defaults are Fluent's interactive ones.
    public init(
        confirmOverwrite: Bool = true, exitOnError: Bool = false, hideQuestions: Bool = false,
        echoCommands: Bool = false
    ) {
        self.confirmOverwrite = confirmOverwrite
        self.exitOnError = exitOnError
        self.hideQuestions = hideQuestions
        self.echoCommands = echoCommands
    }
}
