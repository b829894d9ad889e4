import CommandShell
import Foundation

/// Fluent's mesh-reading commands: `/file/read-mesh FILE` (a Fluent mesh or case file) and
/// `/file/import/gmsh FILE` (a Gmsh `.msh`, 2.2 or 4.1). A relative FILE is taken from the
/// folder of the journal being read, or from the current directory at the REPL; the file
/// becomes the case's mesh source (`/mesh/file/...`), recorded by `/file/write-case` with its
/// absolute path.
enum MeshImportCommands {
    /// `/file/read-mesh`.
    static func readMesh(for session: CourantSession) -> CommandNode {
        command("read-mesh", "Read a Fluent mesh file (.msh, .cas)", .fluent, session)
    }

    /// `/file/import`, holding `gmsh`.
    static func importMenu(for session: CourantSession) -> MenuNode {
        let menu = MenuNode("import", help: "Read meshes made by other programs")
        menu.add(.command(command("gmsh", "Read a Gmsh mesh (.msh 2.2 or 4.1)", .gmsh, session)))
        return menu
    }

    private static func command(
        _ name: String, _ help: String, _ format: MeshFileFormat, _ session: CourantSession
    ) -> CommandNode {
        CommandNode(
            name, help: help,
            arguments: [CommandArgument("file-name", help: "Mesh file to read", type: .filePath)]
        ) { call in
            let folder = call.session.location.map { PathText.folder(of: $0.file) }
            try session.loadMeshFile(try call.text("file-name"), format: format, folder: folder)
        }
    }
}
