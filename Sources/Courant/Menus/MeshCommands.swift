import CommandShell
import FiniteVolume

/// The commands of `/mesh`: `info` (zones with their types and sizes; `mesh-info`, Fluent's name,
/// is an alias of it), `check` (Fluent's mesh check), `quality` (its two quality figures), `memory-usage` (the
/// solution's estimated memory) and `scale` (Fluent's `/mesh/scale`).
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
                "quality", help: "Minimum orthogonal quality and maximum aspect ratio",
                isRecorded: false
            ) { call in
                let quality = MeshQuality(try session.settings.mesh.mesh())
                call.session.write(
                    "Minimum Orthogonal Quality = "
                        + MeshQuality.scientific(quality.minimumOrthogonalQuality)
                        + " (cell \(quality.worstOrthogonalCell))\n"
                        + "Maximum Aspect Ratio = "
                        + MeshQuality.scientific(quality.maximumAspectRatio)
                        + " (cell \(quality.worstAspectCell))\n")
            },
            CommandNode(
                "memory-usage",
                help: "Cells and the memory a solution on them is estimated to need",
                isRecorded: false
            ) { call in
                guard let cells = session.settings.mesh.cellCount,
                    let bytes = MeshSpecification.estimatedBytes(cells: cells)
                else { throw ShellError("the mesh's cell count does not fit in memory") }
                call.session.write(
                    "\(cells) cells; a solution is estimated to need "
                        + String(format: "%.1f", Double(bytes) / 1_048_576) + " MiB\n")
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
