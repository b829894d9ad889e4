/// Writing values the way journals and prompts read them back.
extension SettingValue {
    /// The value as journal tokens, one per scalar, which `ValueType.parse` reads back exactly:
    /// reals in Swift's shortest round-trip form (`0.001`, `1e-05`), booleans as `yes`/`no`,
    /// text quoted when it holds blanks, quotes, `;`, `{` or is empty.
    public var journalTokens: [String] {
        switch self {
        case .boolean(let boolean): return [boolean ? "yes" : "no"]
        case .integer(let integer): return [String(integer)]
        case .real(let real): return [Self.format(real)]
        case .text(let text): return [Self.quoteIfNeeded(text)]
        case .keyed(let keyed): return keyed.values.flatMap(\.journalTokens)
        }
    }

    /// The value as one line of journal text (tokens joined by blanks).
    public var journalText: String {
        journalTokens.joined(separator: " ")
    }

    /// A real in shortest round-trip form without a trailing `.0`: `100`, `0.001`, `1e-05`.
    public static func format(_ real: Double) -> String {
        let text = real.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// `text`, or `"text"` with `\`, `"`, `{` and `}` escaped when a bare word would not read
    /// back (braces would otherwise be read as a journal expression).
    public static func quoteIfNeeded(_ text: String) -> String {
        let special: Set<Character> = ["\"", ";", "{", "}", "\\"]
        let needsQuotes =
            text.isEmpty || text == "," || text == "?"
            || text.contains { $0.isWhitespace || special.contains($0) }
        guard needsQuotes else { return text }
        let escaped = text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
            .replacing("{", with: "\\{").replacing("}", with: "\\}")
        return "\"" + escaped + "\""
    }
}
