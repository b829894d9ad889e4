import CommandShell
import FiniteVolume

/// The commands of `/mesh`: `info` (zones with their types and sizes), `check` (Fluent's mesh
/// check) and `scale` (Fluent's `/mesh/scale`).
enum MeshCommands {
    static func build(for session: CourantSession) -> [CommandNode] {
        [
            CommandNode(
                "info", help: "Print the mesh's size and its zones with their types and faces",
                isRecorded: false
            ) { call in
                let mesh = try session.settings.mesh.mesh()
                call.session.write(info(of: mesh, settings: session.settings))
            },
            CommandNode(
                "check", help: "Check the mesh: extents, volumes, face areas, quality",
                isRecorded: false
            ) { call in
                let mesh = try session.settings.mesh.mesh()
                call.session.write(MeshQuality(mesh).text(dimension: mesh.dimension))
            },
            CommandNode(
                "scale", help: "Multiply the mesh's x, y, z coordinates by factors",
                arguments: ["x", "y", "z"].map { axis in
                    CommandArgument(
                        "\(axis)-scale", help: "Factor on \(axis) coordinates",
                        type: .positiveReal, default: .real(1))
                }
            ) { call in
                let factors = try Vector3(
                    call.real("x-scale"), call.real("y-scale"), call.real("z-scale"))
                scale(&session.settings.mesh, by: factors)
            },
        ]
    }

    /// Scales the mesh file's coordinates (the factors multiply those already applied), or the
    /// block edges (x and y; a plane mesh has no z to scale).
    static func scale(_ mesh: inout MeshSpecification, by factors: Vector3) {
        if var file = mesh.file {
            file.scale = Vector3(
                file.scale.x * factors.x, file.scale.y * factors.y, file.scale.z * factors.z)
            mesh.file = file
        } else {
            mesh.xEdges = mesh.xEdges.map { $0 * factors.x }
            mesh.yEdges = mesh.yEdges.map { $0 * factors.y }
        }
    }

    /// `/mesh/info`: cells, faces, then one line per zone: name, boundary type, faces.
    static func info(of mesh: Mesh, settings: CaseSettings) -> String {
        var text =
            "\(mesh.dimension)-D mesh: \(mesh.nCells) cells, \(mesh.nFaces) faces "
            + "(\(mesh.nInternalFaces) interior, \(mesh.nBoundaryFaces) boundary), "
            + "\(mesh.nPoints) nodes\n"
            + "  zone interior: interior, \(mesh.nInternalFaces) faces\n"
        for patch in mesh.patches {
            let type = settings.patch(patch.name).zoneType.rawValue
            text += "  zone \(patch.name): \(type), \(patch.count) faces\n"
        }
        return text
    }
}
