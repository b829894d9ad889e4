/// Splits a command line into tokens, as Fluent's TUI reads it.
///
/// - Words are separated by blanks.
/// - `;` outside quotes starts a comment to the end of the line.
/// - `"..."` is one token; inside it `\"`, `\\`, `\{` and `\}` are a quote, a backslash and
///   literal braces.
/// - `{...}` (a journal parameter expression), quoted or not, is never split even if it holds
///   blanks, so `{1 / Re}` stays one word; journals substitute it, typed commands keep it as is.
public enum Tokeniser {
    /// The tokens of one line; throws on an unterminated quote or brace.
    public static func tokens(of line: String) throws -> [Token] {
        var tokens: [Token] = []
        var parts: [Token.Part] = []
        var literal = ""
        var inWord = false
        var isQuoted = false
        var characters = line.makeIterator()
        func endLiteral() {
            if !literal.isEmpty { parts.append(.literal(literal)) }
            literal = ""
        }
        func finish() {
            endLiteral()
            if inWord {
                tokens.append(
                    Token(parts: parts.isEmpty ? [.literal("")] : parts, isQuoted: isQuoted))
            }
            parts = []
            inWord = false
            isQuoted = false
        }
        while let character = characters.next() {
            switch character {
            case ";":
                finish()
                return tokens
            case "\"":
                inWord = true
                isQuoted = true
                try readQuoted(from: &characters, into: &literal, parts: &parts)
            case "{":
                inWord = true
                endLiteral()
                parts.append(.expression(try braced(from: &characters)))
            case _ where character.isWhitespace:
                finish()
            default:
                inWord = true
                literal.append(character)
            }
        }
        finish()
        return tokens
    }

    private static func readQuoted(
        from characters: inout String.Iterator, into literal: inout String,
        parts: inout [Token.Part]
    ) throws {
        while let character = characters.next() {
            switch character {
            case "\"":
                return
            case "\\":
                if let escaped = characters.next() { literal.append(escaped) }
            case "{":
                if !literal.isEmpty { parts.append(.literal(literal)) }
                literal = ""
                parts.append(.expression(try braced(from: &characters)))
            default:
                literal.append(character)
            }
        }
        throw ShellError.malformed("unterminated quote")
    }

    private static func braced(from characters: inout String.Iterator) throws -> String {
        var text = ""
        while let character = characters.next() {
            if character == "}" { return text }
            text.append(character)
        }
        throw ShellError.malformed("unterminated '{'")
    }
}
