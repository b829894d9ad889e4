import CommandShell
import FlowSolver

/// Arguments shared by the `/report` commands, with Fluent's names and prompts.
enum ReportArguments {
    /// `write-to-file?`: also write the report to a file (Fluent's default: no).
    static var writeToFile: CommandArgument {
        CommandArgument(
            "write-to-file?", help: "Also write the report to a file", type: .boolean,
            default: .boolean(false))
    }

    /// `file-name`: asked only after `write-to-file? yes`.
    static var fileName: CommandArgument {
        CommandArgument(
            "file-name", help: "File to write the report to", type: .filePath, default: .text(""),
            askedWhen: { values in values["write-to-file?"] == .boolean(true) })
    }

    /// `field`: one of the solver's fields for the session's mesh (z-velocity in 3-D only), or
    /// a wall field (`y-plus`, `wall-shear`) on wall surfaces.
    static func field(of session: CourantSession) -> CommandArgument {
        CommandArgument(
            "field", help: "Field to report",
            type: .choice(options: {
                SteadyFlowSolver.fieldNames(dimension: session.settings.mesh.dimension)
                    + SteadyFlowSolver.wallFieldNames
            }),
            default: .text("pressure"))
    }

    /// Patch names, comma-separated (`inlet,outlet`), each checked against the mesh settings.
    static func surfaces(_ name: String, help: String, of session: CourantSession)
        -> CommandArgument
    {
        CommandArgument(
            name, help: help + ", comma-separated",
            type: .constrained(
                .string, summary: "patch names, comma-separated",
                check: { value in
                    guard case .text(let text) = value else { return }
                    _ = try patchList(text, of: session)
                }))
    }

    /// The patch names in `text`, refusing an empty list or a name the mesh does not have.
    static func patchList(_ text: String, of session: CourantSession) throws -> [String] {
        let names = text.split(separator: ",").map(String.init)
        let known = session.settings.mesh.patchNameList
        guard !names.isEmpty else { throw ShellError("name at least one patch") }
        for name in names where !known.contains(name) {
            throw ShellError(
                "no patch named \(name) (patches: \(known.joined(separator: ", ")))")
        }
        return names
    }

    /// The solution reports are computed on, or the error a user gets without one.
    static func solver(of session: CourantSession) throws -> SteadyFlowSolver {
        guard let solver = session.solver else {
            throw ShellError("there is no solution yet: initialize and iterate first")
        }
        return solver
    }

    /// Prints `text`, and writes it to the file the call names when `write-to-file?` is yes.
    static func deliver(_ text: String, _ call: CommandCall) throws {
        call.session.write(text)
        guard try call.boolean("write-to-file?") else { return }
        let path = try call.text("file-name")
        guard !path.isEmpty else { throw ShellError("give a file name to write to") }
        try FileMenu.writeText(text, to: path, call: call)
    }
}
