import Foundation

/// A text file a user named (journal, sweep file, residual CSV), read whole as UTF-8. When it
/// cannot be read, `Unreadable.reason` says why in the shell's words: "no such file", "is a
/// directory", "permission denied", "not UTF-8 text".
public enum UserTextFile {
    /// Why a file could not be read.
    public struct Unreadable: Error, Equatable, Sendable {
        /// "no such file", "is a directory", "permission denied" or "not UTF-8 text".
        public var reason: String
    }

    /// The whole file at `path` as UTF-8 text.
    public static func read(_ path: String) throws(Unreadable) -> String {
        if let text = try? String(contentsOfFile: path, encoding: .utf8) { return text }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Unreadable(reason: "no such file")
        }
        if isDirectory.boolValue { throw Unreadable(reason: "is a directory") }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw Unreadable(reason: "permission denied")
        }
        throw Unreadable(reason: "not UTF-8 text")
    }
}
