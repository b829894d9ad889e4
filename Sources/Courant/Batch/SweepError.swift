/// A sweep file that cannot be run, reported before any run starts as one line
/// `FILE:LINE: message` (line 0 when the problem is the file as a whole).
public struct SweepError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The sweep file's path as given.
    public var file: String
    /// 1-based line number, 0 for the whole file.
    public var line: Int
    /// What is wrong and, where it helps, what would be right.
    public var message: String

    /// An error at `file:line`.
    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `FILE:LINE: message`, or `FILE: message` for the whole file.
    public var description: String {
        line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
    }
}
