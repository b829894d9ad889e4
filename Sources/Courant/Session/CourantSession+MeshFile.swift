import Foundation

extension CourantSession {
    /// Makes the mesh file at `path` the case's mesh (`/file/import/gmsh`, `/file/read-mesh`,
    /// `/mesh/file/name`): resolves a relative `path` against `folder` (the folder of the
    /// journal being read; the current directory when nil), reads it as `format` at scale 1,
    /// gives each zone the boundary type the file states when Courant has it, and follows the
    /// mesh's dimension in the equation list. Says what was read, with the reader's notices.
    /// A bad file throws the reader's one-line error and leaves the case as it was.
    func loadMeshFile(_ path: String, format: MeshFileFormat, folder: String?) throws {
        let resolved = MeshFileSource.resolve(path, relativeTo: folder)
        let source = try MeshFileSource(path: resolved, format: format)
        settings.mesh.file = source
        settings.mesh.fileFormat = format
        for zone in source.imported.zones {
            guard let type = zone.type else { continue }
            guard let zoneType = PatchSettings.ZoneType(rawValue: type) else {
                write(
                    "Note: zone \(zone.name) is of Fluent type \(type), which Courant does not "
                        + "support; it is a wall until /define/boundary-conditions/zone-type "
                        + "says otherwise\n")
                continue
            }
            settings.patches[zone.name, default: PatchSettings()].zoneType = zoneType
        }
        settings.residualMonitors.synchronise(with: settings.equations)
        let mesh = source.imported
        write(
            "Read \(resolved): \(mesh.dimension)-D, \(mesh.nCells) cells, \(mesh.faces.count) "
                + "faces, zones " + mesh.zones.map(\.name).joined(separator: ", ") + "\n")
        for notice in source.notices { write("Note: \(notice)\n") }
    }
}
