/// The tokens a command reads its path and arguments from: first the tokens of its own line,
/// then, when arguments are missing, continuation lines from `continuation`.
///
/// Typed commands continue at a prompt (the REPL asks for each missing argument); journal
/// commands continue on the following lines of the journal (see `Journal`).
final class TokenStream {
    /// What a continuation supplies.
    enum Continuation {
        case tokens([Token])
        case interrupted
        /// No more lines for this command (end of input, or in a journal the next command).
        case exhausted
    }

    /// What the next argument position holds.
    enum Argument {
        case token(Token)
        /// Enter on an empty prompt line, or `,`: keep the current or default value.
        case keepCurrent
        /// The input has no more tokens for this command.
        case missing
    }

    private var tokens: [Token]
    private var index = 0
    private let continuation: (_ prompt: String) throws -> Continuation
    /// Whether an empty continuation line means "keep the current value" (a person pressing
    /// Enter) rather than nothing.
    private let emptyLineKeepsCurrent: Bool
    /// A token's text as it is read: a journal substitutes its `{expression}` parts.
    private let expand: (Token) throws -> String

    init(
        tokens: [Token], emptyLineKeepsCurrent: Bool,
        expand: @escaping (Token) throws -> String = { $0.text },
        continuation: @escaping (_ prompt: String) throws -> Continuation
    ) {
        self.tokens = tokens
        self.emptyLineKeepsCurrent = emptyLineKeepsCurrent
        self.expand = expand
        self.continuation = continuation
    }

    /// The next token of the command's own line, without asking for more.
    func nextOnLine() throws -> Token? {
        guard index < tokens.count else { return nil }
        defer { index += 1 }
        return try expanded(tokens[index])
    }

    /// Puts back the token just read by `nextOnLine`.
    func putBack() {
        index = max(0, index - 1)
    }

    /// Puts words in front of the tokens not yet read (the rest of a path that continued past a
    /// command).
    func pushFront(_ words: [String]) {
        tokens.insert(contentsOf: words.map { Token($0) }, at: index)
    }

    /// Every token left for the command: the rest of its line and, with `continuing`, the
    /// continuation lines up to the next command.
    func drain(continuing: Bool) throws -> [Token] {
        var taken = try tokens[index...].map(expanded)
        index = tokens.count
        while continuing {
            switch try continuation("") {
            case .tokens(let line): taken += try line.map(expanded)
            case .interrupted: throw ShellError("interrupted", kind: .interrupted)
            case .exhausted: return taken
            }
        }
        return taken
    }

    /// The tokens not yet read.
    var remaining: [Token] { Array(tokens[index...]) }

    /// The next argument, asking the continuation with `prompt` when the line is used up.
    func nextArgument(prompt: String) throws -> Argument {
        while index >= tokens.count {
            switch try continuation(prompt) {
            case .tokens(let line):
                if line.isEmpty {
                    if emptyLineKeepsCurrent { return .keepCurrent }
                    continue
                }
                tokens = line.map { token in
                    var token = token
                    token.isFromPrompt = true
                    return token
                }
                index = 0
            case .interrupted:
                throw ShellError("interrupted", kind: .interrupted)
            case .exhausted:
                return .missing
            }
        }
        let token = tokens[index]
        index += 1
        return token.isKeyword(",") ? .keepCurrent : .token(try expanded(token))
    }

    private func expanded(_ token: Token) throws -> Token {
        var token = token
        token.text = try expand(token)
        return token
    }
}
