/// A parameter a journal declares with `(parameter NAME DEFAULT "help")`.
public struct JournalParameter: Equatable, Sendable {
    /// The name used in `{...}` expressions: a letter or `_`, then letters, digits or `_`.
    public var name: String
    /// The default as written: a number, a word, a quoted string or a `{...}` expression over
    /// parameters declared before it.
    public var defaultText: String
    /// One line of help; empty when not given.
    public var help: String
    /// The 1-based line of the declaration.
    public var line: Int

    /// Makes a declaration.
    public init(name: String, defaultText: String, help: String, line: Int) {
        self.name = name
        self.defaultText = defaultText
        self.help = help
        self.line = line
    }
}
