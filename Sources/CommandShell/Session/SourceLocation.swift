/// A place in a journal file, printed as `FILE:LINE` (or `FILE` for the journal as a whole, e.g.
/// a bad `--set` override) at the start of error messages.
public struct SourceLocation: Equatable, Sendable, CustomStringConvertible {
    /// The journal path as the user gave it.
    public var file: String
    /// The 1-based line number; nil for the file as a whole.
    public var line: Int?

    /// Makes a location.
    public init(file: String, line: Int?) {
        self.file = file
        self.line = line
    }

    /// `FILE:LINE`, or `FILE`.
    public var description: String {
        guard let line else { return file }
        return "\(file):\(line)"
    }
}
