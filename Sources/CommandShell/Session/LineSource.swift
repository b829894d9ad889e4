/// Where the shell reads lines: the terminal (readline), a pipe, or scripted lines in tests.
public protocol LineSource: AnyObject {
    /// Shows `prompt` (if the source is interactive) and reads one line without its newline.
    func readLine(prompt: String) -> LineRead

    /// Keeps a command line for recall (readline history); the default forgets it.
    func remember(_ line: String)
}

extension LineSource {
    /// Forgets the line: only a line editor keeps history.
    public func remember(_ line: String) {}
}

/// The outcome of reading one line.
public enum LineRead: Equatable, Sendable {
    /// A line, without its trailing newline.
    case line(String)
    /// Ctrl-C while the line was being typed.
    case interrupted
    /// End of input (Ctrl-D on an empty line, end of a pipe or file).
    case endOfInput
}
