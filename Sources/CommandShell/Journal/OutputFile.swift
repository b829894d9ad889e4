import Foundation

/// A file a command writes as it goes (a transcript, a recorded journal), created or truncated
/// in place with `open(O_WRONLY | O_CREAT | O_TRUNC)`.
///
/// Not `FileManager.createFile`: that writes a new file and renames it over the path, so run as
/// root it replaces a device such as `/dev/null` or `/dev/full` with a regular file.
public enum OutputFile {
    /// The file at `path` opened for writing from its start; throws `cannot create WHAT
    /// 'PATH': REASON` with the system's reason (`permission denied`, `is a directory`).
    public static func create(_ path: String, what: String) throws -> FileHandle {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno)).lowercased()
            throw ShellError("cannot create \(what) '\(path)': \(reason)")
        }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }
}
