import Foundation

/// The whole content of a mesh file, read at once: the readers work on bytes, since both Gmsh and
/// Fluent files mix text with binary blocks.
enum MeshFileBytes {
    /// The bytes of the file at `path`, or a one-line error saying why it cannot be read.
    static func read(path: String) throws(MeshImportError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw MeshImportError(file: path, place: .file, message: "no such file")
        }
        if isDirectory.boolValue {
            throw MeshImportError(file: path, place: .file, message: "is a directory")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MeshImportError(file: path, place: .file, message: "cannot be read")
        }
        return [UInt8](data)
    }
}
