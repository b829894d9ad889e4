/// Console text kept in memory: for tests, and for commands whose output is post-processed.
public final class CapturedOutput: ShellOutput {
    /// Everything written so far.
    public private(set) var text = ""

    /// Makes an empty capture.
    public init() {}

    /// Appends `text`.
    public func write(_ text: String) {
        self.text += text
    }

    /// The lines written so far (the last, unterminated piece included when not empty).
    public var lines: [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            .filter { !$0.isEmpty }
    }

    /// Forgets everything written so far.
    public func clear() {
        text = ""
    }
}
