import CommandShell
import FiniteVolume

/// `/mesh/file`: the mesh file the case uses instead of the block generator, as settings so that
/// `/file/write-case` records it and a case read back reads the same file again. Written in
/// replay order: format, then name (which reads the file at scale 1), then scale.
enum MeshFileMenu {
    static func build(for session: CourantSession) -> MenuNode {
        let menu = MenuNode("file", help: "Mesh file used instead of the blocks")
        menu.add(
            .setting(
                Setting.enumeration(
                    "format", "Format /mesh/file/name is read as", default: MeshFileFormat.gmsh,
                    get: { session.settings.mesh.fileFormat },
                    set: { format in
                        if let file = session.settings.mesh.file, file.format != format {
                            try session.loadMeshFile(file.path, format: format, folder: nil)
                        }
                        session.settings.mesh.fileFormat = format
                    })))
        menu.add(
            .setting(
                Setting.text(
                    "name",
                    "Mesh file (absolute, or from the current directory); \"\" for the blocks",
                    default: "",
                    get: { session.settings.mesh.file?.path ?? "" },
                    set: { path in
                        guard !path.isEmpty else {
                            session.settings.mesh.file = nil
                            return
                        }
                        try session.loadMeshFile(
                            path, format: session.settings.mesh.fileFormat, folder: nil)
                    })))
        menu.add(
            .setting(
                Setting.text(
                    "scale", "Factors on the file's x, y, z coordinates", default: "1 1 1",
                    check: ("three positive factors \"sx sy sz\"", { _ = try parseScale($0) }),
                    get: {
                        let scale = session.settings.mesh.file?.scale ?? Vector3(1, 1, 1)
                        return MeshMenu.format([scale.x, scale.y, scale.z])
                    },
                    set: { text in
                        let scale = try parseScale(text)
                        guard session.settings.mesh.file != nil else {
                            guard scale == Vector3(1, 1, 1) else {
                                throw ShellError("no mesh file is read: use /file/import/gmsh")
                            }
                            return
                        }
                        session.settings.mesh.file?.scale = scale
                    })))
        return menu
    }

    /// Three positive factors, x y z.
    static func parseScale(_ text: String) throws -> Vector3 {
        let values = try MeshMenu.parsePositiveReals(text)
        guard values.count == 3 else {
            throw ShellError("expected three factors \"sx sy sz\", got \(values.count)")
        }
        return Vector3(values[0], values[1], values[2])
    }
}
