import Foundation

/// A fresh temporary folder for one test; `remove()` deletes it.
struct ScratchFolder: Sendable {
    /// Absolute path of the folder.
    let path: String

    /// Creates `$TMPDIR/courant-e2e-LABEL-UUID`.
    init(_ label: String) throws {
        path = NSTemporaryDirectory() + "courant-e2e-\(label)-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// `path/name`.
    func file(_ name: String) -> String { path + "/" + name }

    /// Writes `text` to `path/name` and returns that path.
    @discardableResult
    func write(_ text: String, to name: String) throws -> String {
        try text.write(toFile: file(name), atomically: true, encoding: .utf8)
        return file(name)
    }

    /// Deletes the folder and everything in it.
    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
