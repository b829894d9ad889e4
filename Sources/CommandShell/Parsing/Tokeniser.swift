/// Splits a command line into tokens, as Fluent's TUI reads it.
///
/// - Words are separated by blanks.
/// - `;` outside quotes starts a comment to the end of the line.
/// - `"..."` is one token; inside it `\"` and `\\` are a quote and a backslash.
/// - `{...}` (a journal parameter expression) is never split, even if it holds blanks, so
///   `{1 / Re}` stays one word.
public enum Tokeniser {
    /// The tokens of one line; throws on an unterminated quote or brace.
    public static func tokens(of line: String) throws -> [Token] {
        var tokens: [Token] = []
        var word = ""
        var inWord = false
        var isQuoted = false
        var characters = line.makeIterator()
        func finish() {
            if inWord { tokens.append(Token(word, isQuoted: isQuoted)) }
            word = ""
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
                word += try quoted(from: &characters)
            case "{":
                inWord = true
                word += "{" + (try braced(from: &characters)) + "}"
            case _ where character.isWhitespace:
                finish()
            default:
                inWord = true
                word.append(character)
            }
        }
        finish()
        return tokens
    }

    private static func quoted(from characters: inout String.Iterator) throws -> String {
        var text = ""
        while let character = characters.next() {
            switch character {
            case "\"":
                return text
            case "\\":
                if let escaped = characters.next() { text.append(escaped) }
            default:
                text.append(character)
            }
        }
        throw ShellError("unterminated quote")
    }

    private static func braced(from characters: inout String.Iterator) throws -> String {
        var text = ""
        while let character = characters.next() {
            if character == "}" { return text }
            text.append(character)
        }
        throw ShellError("unterminated '{'")
    }
}
