import Foundation

/// Lines from standard input when it is not a terminal (a pipe or a redirected file); prompts
/// are written to `output` unless hidden.
public final class StandardInputLines: LineSource {
    private let output: (any ShellOutput)?

    /// Reads standard input; prompts go to `output`, or nowhere when nil (hidden questions).
    public init(promptingOn output: (any ShellOutput)?) {
        self.output = output
    }

    /// Shows the prompt, then reads one line.
    public func readLine(prompt: String) -> LineRead {
        output?.write(prompt)
        guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
        return .line(line)
    }
}
