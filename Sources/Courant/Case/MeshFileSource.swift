import FiniteVolume
import Foundation
import MeshImport

/// A mesh read from a file instead of generated from blocks: where it came from, how it is
/// scaled, and the reader's description (unscaled), kept so that patch names, zone types and the
/// dimension are known to the settings that follow without reading the file again.
public struct MeshFileSource: Sendable, Equatable {
    /// Absolute path of the file, as resolved when it was read (`resolve(_:relativeTo:)`).
    public var path: String
    /// How the file was read.
    public var format: MeshFileFormat
    /// Factors applied to the file's x, y and z coordinates (`/mesh/scale`), dimensionless:
    /// a mesh drawn in mm is read with `/mesh/scale 0.001 0.001 0.001`.
    public var scale = Vector3(1, 1, 1)
    /// The mesh as the reader described it, in the file's own units.
    public var imported: MeshDescription
    /// The reader's notices (boundary faces in no group, and the like), said once on import.
    public var notices: [String]

    /// Reads the mesh at `path` (already resolved) as `format`; throws the reader's one-line
    /// `MeshImportError` (`FILE:LINE: message`).
    public init(path: String, format: MeshFileFormat) throws {
        let mesh: ImportedMesh
        switch format {
        case .gmsh: mesh = try GmshReader.read(path: path)
        case .fluent: mesh = try FluentMeshReader.read(path: path)
        }
        self.path = path
        self.format = format
        self.imported = mesh.mesh
        self.notices = mesh.notices
    }

    /// The description with `scale` applied to every point, m.
    public var scaledDescription: MeshDescription {
        guard scale != Vector3(1, 1, 1) else { return imported }
        var description = imported
        description.points = imported.points.map {
            Vector3($0.x * scale.x, $0.y * scale.y, $0.z * scale.z)
        }
        return description
    }

    /// The finite-volume mesh; throws `MeshError` (an open cell, a negative volume…) as
    /// `FILE: message`.
    public func mesh() throws -> Mesh {
        do {
            return try Mesh(description: scaledDescription)
        } catch {
            throw MeshImportError(file: path, place: .file, message: "\(error)")
        }
    }

    /// `path` made absolute: a relative path is taken from `folder` (the folder of the journal
    /// being read), or from the current directory when `folder` is nil (REPL, command line).
    public static func resolve(_ path: String, relativeTo folder: String?) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return (expanded as NSString).standardizingPath }
        let cwd = FileManager.default.currentDirectoryPath
        var base = folder.map { $0.isEmpty ? cwd : $0 } ?? cwd
        if !base.hasPrefix("/") { base = (cwd as NSString).appendingPathComponent(base) }
        return ((base as NSString).appendingPathComponent(expanded) as NSString).standardizingPath
    }
}
