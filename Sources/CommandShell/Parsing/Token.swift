/// One word of a command line: a path component, an abbreviation or an argument value.
public struct Token: Equatable, Sendable {
    /// The word, with quotes removed and escapes resolved.
    public var text: String
    /// Whether it was written in double quotes (a quoted `,` or `?` is a value, not a keyword).
    public var isQuoted: Bool
    /// Whether it was typed at an argument prompt rather than on the command line; a bad value
    /// typed at a prompt is asked for again instead of abandoning the command.
    var isFromPrompt = false

    /// Makes a token.
    public init(_ text: String, isQuoted: Bool = false) {
        self.text = text
        self.isQuoted = isQuoted
    }

    /// An unquoted token equal to `word`.
    func isKeyword(_ word: String) -> Bool {
        !isQuoted && text == word
    }
}
