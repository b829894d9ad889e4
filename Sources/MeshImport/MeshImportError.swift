/// A mesh file that cannot be imported, as one line naming the file and the place in it:
/// `FILE:LINE: message` for text, `FILE: $Elements, byte 1234: message` for binary data,
/// `FILE: message` for the file as a whole.
public struct MeshImportError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Where in the file the problem is.
    public enum Place: Sendable, Equatable {
        /// The file as a whole (an empty zone, an unclosed cell, an unreadable file).
        case file
        /// A 1-based line of a text file or of the text parts of a binary one.
        case line(Int)
        /// A byte offset (0-based, from the file's start) inside a binary section.
        case byte(section: String, offset: Int)
    }

    /// The file's path as given.
    public var file: String
    /// Where in the file.
    public var place: Place
    /// What is wrong and, where it helps, what would be right.
    public var message: String

    /// An error at `place` in `file`.
    public init(file: String, place: Place, message: String) {
        self.file = file
        self.place = place
        self.message = message
    }

    /// The error as one line.
    public var description: String {
        switch place {
        case .file: "\(file): \(message)"
        case .line(let line): "\(file):\(line): \(message)"
        case .byte(let section, let offset): "\(file): \(section), byte \(offset): \(message)"
        }
    }
}
