import Foundation

/// A text file a user named (journal, case file, sweep file, residual CSV), read whole as UTF-8,
/// and split into lines the way an editor shows them. When it cannot be read,
/// `Unreadable.reason` says why in the shell's words: "no such file", "is a directory",
/// "permission denied", "not UTF-8 text", "larger than 64 MiB".
public enum UserTextFile {
    /// Why a file could not be read.
    public struct Unreadable: Error, Equatable, Sendable {
        /// "no such file", "is a directory", "permission denied", "not UTF-8 text" or
        /// "larger than 64 MiB".
        public var reason: String
    }

    /// The most bytes read: far beyond any journal or sweep, and a bound on what a device
    /// that never ends (`/dev/zero`) can make the reader allocate.
    public static let maximumBytes = 64 << 20

    /// The whole file at `path` as UTF-8 text, line endings as written.
    public static func read(_ path: String) throws(Unreadable) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Unreadable(reason: "no such file")
        }
        if isDirectory.boolValue { throw Unreadable(reason: "is a directory") }
        guard let file = FileHandle(forReadingAtPath: path) else {
            throw Unreadable(reason: "permission denied")
        }
        defer { try? file.close() }
        // Read in pieces so that a pipe (`courant run <(...)`) ends where its writer stops.
        var bytes = Data()
        while bytes.count <= maximumBytes {
            guard let piece = try? file.read(upToCount: 1 << 20), !piece.isEmpty else { break }
            bytes.append(piece)
        }
        guard bytes.count <= maximumBytes else { throw Unreadable(reason: "larger than 64 MiB") }
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw Unreadable(reason: "not UTF-8 text")
        }
        return text
    }

    /// The lines of `text` without their endings: `\n`, `\r\n` (Windows) and a lone `\r`
    /// (classic Mac OS) each end a line, so a file reads the same whichever it was saved with.
    /// Text ending in a line ending has a last, empty line, as `split` gives for `\n`.
    public static func lines(of text: String) -> [Substring] {
        // "\r\n" is one Character (one grapheme cluster), so it must be named on its own.
        text.split(omittingEmptySubsequences: false) {
            $0 == "\n" || $0 == "\r\n" || $0 == "\r"
        }
    }
}
