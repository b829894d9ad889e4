/// A place in a journal file, printed as `FILE:LINE` at the start of error messages.
public struct SourceLocation: Equatable, Sendable, CustomStringConvertible {
    /// The journal path as the user gave it.
    public var file: String
    /// The 1-based line number.
    public var line: Int

    /// Makes a location.
    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    /// `FILE:LINE`.
    public var description: String { "\(file):\(line)" }
}
