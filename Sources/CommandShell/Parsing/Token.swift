/// One word of a command line: a path component, an abbreviation or an argument value.
public struct Token: Equatable, Sendable {
    /// A piece of a word: literal text, or a journal parameter expression written `{...}`.
    enum Part: Equatable, Sendable {
        case literal(String)
        case expression(String)
    }

    /// The word, with quotes removed and escapes resolved; an expression stays written as
    /// `{...}` (typed commands do not substitute parameters).
    public var text: String
    /// Whether it was written in double quotes (a quoted `,` or `?` is a value, not a keyword).
    public var isQuoted: Bool
    /// (parts) the word split into literal text and `{...}` expressions; an escaped `\{` inside
    /// quotes is literal.
    var parts: [Part]
    /// Whether it was typed at an argument prompt rather than on the command line; a bad value
    /// typed at a prompt is asked for again instead of abandoning the command.
    var isFromPrompt = false
    /// The journal line it was read from when that is not the command's first line.
    var continuationLine: Int?

    /// Makes a literal token.
    public init(_ text: String, isQuoted: Bool = false) {
        self.init(parts: [.literal(text)], isQuoted: isQuoted)
    }

    init(parts: [Part], isQuoted: Bool) {
        self.parts = parts
        self.isQuoted = isQuoted
        text = parts.map { part in
            switch part {
            case .literal(let literal): literal
            case .expression(let source): "{" + source + "}"
            }
        }.joined()
    }

    /// An unquoted token equal to `word`.
    func isKeyword(_ word: String) -> Bool {
        !isQuoted && text == word
    }

    /// The word with each `{...}` replaced by `evaluate`'s value of its source.
    func expanded(_ evaluate: (String) throws -> String) rethrows -> String {
        try parts.map { part in
            switch part {
            case .literal(let literal): literal
            case .expression(let source): try evaluate(source)
            }
        }.joined()
    }
}
