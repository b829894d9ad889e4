import CommandShell
import Foundation

/// Fluent's `/file` commands on Courant's own files. A Courant case file is a canonical journal
/// (`/file/write-case`); Courant keeps no data file, since a solution is recomputed from its
/// case and every iteration is in the run history, so the data half of each command says so in
/// one line and the journal goes on. Fluent's own case, mesh and HDF5 files are refused by
/// `read-case` with one line (reading a Fluent mesh belongs to the mesh import).
enum FluentFileCommands {
    /// The line every data-file command prints.
    static let noDataFile =
        "Courant keeps no data file (the solution is recomputed from the case; every iteration "
        + "is in the run history; /report/vtk writes the fields for ParaView)"

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
                    "read-case-data", help: "Read a case file; Courant has no data to read",
                    arguments: [file("Case file to read")], isRecorded: false
                ) { call in
                    try readCase(try call.text("file-name"), call)
                    call.session.write("read-case-data: no data read: \(noDataFile)\n")
                }))
        menu.add(
            .command(
                CommandNode(
                    "read-data", help: "Fluent's data files are not read by Courant",
                    arguments: [file("Data file")], isRecorded: false
                ) { _ in
                    throw ShellError.unavailable("reading Fluent data files is not available")
                }))
        menu.add(
            .command(
                CommandNode(
                    "write-data", help: "Courant writes no data file (says so and goes on)",
                    arguments: [
                        CommandArgument(
                            "file-name", help: "Data file (nothing is written)", type: .filePath,
                            default: .text(""), optional: true),
                        overwrite,
                    ], isRecorded: false
                ) { call in
                    call.session.write("write-data: nothing written: \(noDataFile)\n")
                }))
        menu.add(
            .command(
                CommandNode(
                    "write-case-data", help: "Write the case file; Courant writes no data file",
                    arguments: [file("Case file to write"), overwrite], isRecorded: false
                ) { call in
                    try FileMenu.writeText(
                        session.caseJournal, to: try call.text("file-name"), call: call)
                    call.session.write("write-case-data: case written, no data: \(noDataFile)\n")
                }))
        menu.add(
            Refusal.ignored(
                "auto-save", help: "Fluent's automatic data saving (ignored)",
                "Courant keeps no data file; the run history commits as it iterates"))
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

    /// Reads a Courant case file (a journal) in `call`'s session; a Fluent case or mesh file
    /// (Scheme-style sections, or HDF5) is refused with one line instead of being read as
    /// commands.
    static func readCase(_ path: String, _ call: CommandCall) throws {
        if let handle = FileHandle(forReadingAtPath: path) {
            let head = (try? handle.read(upToCount: 512)) ?? Data()
            try? handle.close()
            if head.starts(with: [0x89, 0x48, 0x44, 0x46]) {
                throw ShellError.unavailable(
                    "\(path) is an HDF5 Fluent file; Courant reads its own case files and "
                        + "Fluent mesh files through the mesh import")
            }
            let text = String(decoding: head, as: UTF8.self)
            let firstLine = text.split(whereSeparator: \.isNewline).first { line in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                return !trimmed.isEmpty && !trimmed.hasPrefix(";")
            }
            if let firstLine, firstLine.trimmingCharacters(in: .whitespaces).hasPrefix("("),
                !firstLine.contains("(parameter")
            {
                throw ShellError.unavailable(
                    "\(path) is a Fluent mesh or case file, not a Courant case; reading it "
                        + "waits for the mesh import")
            }
        }
        // A case file is read as settings, not shown command by command.
        let echoes = call.session.options.echoCommands
        call.session.options.echoCommands = false
        defer { call.session.options.echoCommands = echoes }
        try Journal(contentsOf: path).run(in: call.session)
    }
}
