import Foundation

/// Why a text file a user named (journal, sweep file) could not be read, in the words of the
/// shell: "no such file", "is a directory", "permission denied", "not UTF-8 text".
public enum FileReadFailure {
    /// The reason reading `path` as UTF-8 text failed; call it after the read failed.
    public static func reason(path: String) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return "no such file"
        }
        if isDirectory.boolValue { return "is a directory" }
        guard FileManager.default.isReadableFile(atPath: path) else { return "permission denied" }
        return "not UTF-8 text"
    }
}
