import CommandShell
import Foundation

/// Fluent's `/file` commands on Courant's own files. A Courant case file is a canonical journal
/// (`/file/write-case`); a data file holds the solution (`DataFile`), named from the case file as
/// Fluent names its `.dat` (`run.cas` → `run.dat`), so `write-case-data` then `read-case-data`
/// continues a run where it stopped. Fluent's own case, mesh and HDF5 files are refused by
/// `read-case` with one line (reading a Fluent mesh belongs to the mesh import).
enum FluentFileCommands {
    /// Adds `read-case-data`, `write-data`, `write-case-data`, `read-data`, `auto-save`,
    /// `set-tui-version` and `export` to `/file`.
    static func add(to menu: MenuNode, session: CourantSession) {
        let file = { (help: String) in
            CommandArgument("file-name", help: help, type: .filePath)
        }
        let overwrite = CommandArgument(
            "overwrite", help: "Fluent's overwrite confirmation (ok, yes)", type: .string,
            default: .text("yes"), optional: true)
        menu.add(
            .command(
                CommandNode(
                    "read-case-data",
                    help: "Read a case file and the data file beside it (NAME.cas, NAME.dat)",
                    arguments: [file("Case file to read")], isRecorded: false
                ) { call in
                    let casePath = try call.text("file-name")
                    let dataPath = DataFile.path(forCase: casePath)
                    guard FileManager.default.fileExists(atPath: dataPath) else {
                        throw ShellError(
                            "no data file \(dataPath) beside the case (write-case-data writes "
                                + "one); nothing read")
                    }
                    let data = try DataFile(reading: dataPath)
                    try readCase(casePath, call, session)
                    try session.initializeFlow(in: call.session, from: data)
                }))
        menu.add(
            .command(
                CommandNode(
                    "read-data", help: "Read a data file: the solution of the current case",
                    arguments: [file("Data file")], isRecorded: false
                ) { call in
                    let data = try DataFile(reading: try call.text("file-name"))
                    try session.initializeFlow(in: call.session, from: data)
                }))
        menu.add(
            .command(
                CommandNode(
                    "write-data", help: "Write the current solution to a data file",
                    arguments: [
                        CommandArgument(
                            "file-name", help: "Data file (default: CASE-NAME.dat)",
                            type: .filePath, default: .text(""), optional: true),
                        overwrite,
                    ], isRecorded: false
                ) { call in
                    var path = try call.text("file-name")
                    if path.isEmpty { path = session.settings.caseName + ".dat" }
                    let data = try session.dataFile()
                    try FileMenu.writeText(
                        data.text(caseName: session.settings.caseName), to: path, call: call)
                }))
        menu.add(
            .command(
                CommandNode(
                    "write-case-data",
                    help: "Write the case file and, with a solution, the data file beside it",
                    arguments: [file("Case file to write"), overwrite], isRecorded: false
                ) { call in
                    let casePath = try call.text("file-name")
                    let data = session.solver == nil ? nil : try session.dataFile()
                    try FileMenu.writeText(session.caseJournal, to: casePath, call: call)
                    guard let data else {
                        call.session.write(
                            "write-case-data: case written; no solution yet, so no data file\n")
                        return
                    }
                    try FileMenu.writeText(
                        data.text(caseName: session.settings.caseName),
                        to: DataFile.path(forCase: casePath), call: call)
                }))
        menu.add(
            Refusal.ignored(
                "auto-save", help: "Fluent's automatic data saving (ignored)",
                "Courant writes data files only when asked; the run history commits as it "
                    + "iterates"))
        menu.add(
            Refusal.ignored(
                "set-tui-version", help: "Fluent's TUI version (ignored)",
                "Courant has one command tree"))
        menu.add(
            Refusal.command(
                "export", help: "Fluent's data exports (not available)",
                "exporting Fluent data formats is not available (/report/vtk, "
                    + "/report/line-profile write the fields)"))
    }

    /// Reads a Courant case file (a journal) in `call`'s session. A Fluent mesh or case file
    /// (Scheme-style sections: `.msh`, or a `.cas` holding a mesh) is read as the case's mesh
    /// through the mesh import, as Fluent's `read-case` reads a mesh file; an HDF5 Fluent file
    /// is refused with one line.
    static func readCase(_ path: String, _ call: CommandCall, _ session: CourantSession) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ShellError("cannot read the case file \(path): no such file")
        }
        if let handle = FileHandle(forReadingAtPath: path) {
            let head = (try? handle.read(upToCount: 512)) ?? Data()
            try? handle.close()
            if head.starts(with: [0x89, 0x48, 0x44, 0x46]) {
                throw ShellError.unavailable(
                    "\(path) is an HDF5 Fluent file; Courant reads its own case files and "
                        + "Fluent's text and binary mesh files")
            }
            let text = String(decoding: head, as: UTF8.self)
            let firstLine = text.split(whereSeparator: \.isNewline).first { line in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                return !trimmed.isEmpty && !trimmed.hasPrefix(";")
            }
            if let firstLine, firstLine.trimmingCharacters(in: .whitespaces).hasPrefix("("),
                !firstLine.contains("(parameter")
            {
                // Relative to the current directory, as the case files Courant reads are.
                try session.loadMeshFile(path, format: .fluent, folder: nil)
                return
            }
        }
        // A case file is read as settings, not shown command by command.
        let echoes = call.session.options.echoCommands
        call.session.options.echoCommands = false
        defer { call.session.options.echoCommands = echoes }
        try Journal(contentsOf: path).run(in: call.session)
    }
}
