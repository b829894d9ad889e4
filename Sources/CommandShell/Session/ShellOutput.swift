/// Where the shell writes console text (command output, help, errors, prompts).
public protocol ShellOutput: AnyObject {
    /// Writes `text` as is; callers include their own newlines.
    func write(_ text: String)

    /// Notes a line the user typed, with its prompt (without newline). The terminal already shows
    /// it, so only a transcript keeps it; the default does nothing.
    func recordInput(_ line: String)
}

extension ShellOutput {
    /// Does nothing: only transcripts keep typed lines.
    public func recordInput(_ line: String) {}
}
