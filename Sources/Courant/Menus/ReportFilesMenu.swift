import CommandShell

/// `/solve/report-files`: CSV files written every iteration with the values of named reports.
enum ReportFilesMenu {
    static func build(for session: CourantSession) -> MenuNode {
        let menu = MenuNode(
            "report-files", help: "CSV files of report values, one row per iteration")
        menu.add(
            .command(
                CommandNode(
                    "create", help: "Write the named reports to a CSV file every iteration",
                    arguments: [
                        CommandArgument("name", help: "Name of the report file", type: .string),
                        CommandArgument("file-name", help: "CSV file to write", type: .filePath),
                        CommandArgument(
                            "report-defs", help: "Report definitions, comma-separated",
                            type: .string),
                    ]
                ) { call in
                    try add(
                        ReportFileSpecification(
                            name: try call.text("name"), path: try call.text("file-name"),
                            reports: try call.text("report-defs").split(separator: ",").map(
                                String.init)), to: session)
                }))
        menu.add(
            .command(
                CommandNode(
                    "delete", help: "Stop writing a report file",
                    arguments: [
                        CommandArgument(
                            "name", help: "Report file to delete",
                            type: .choice(options: { session.settings.reportFiles.map(\.name) }))
                    ]
                ) { call in
                    let name = try call.text("name")
                    session.settings.reportFiles.removeAll { $0.name == name }
                }))
        menu.add(FluentReportFiles.add(session))
        return menu
    }

    /// Adds `file` to the case after checking its name is new and its reports exist.
    static func add(_ file: ReportFileSpecification, to session: CourantSession) throws {
        guard !file.name.isEmpty,
            !session.settings.reportFiles.contains(where: { $0.name == file.name })
        else { throw ShellError("a report file named \(file.name) already exists") }
        guard !file.reports.isEmpty else {
            throw ShellError("name at least one report definition")
        }
        for report in file.reports where !session.settings.reportNames.contains(report) {
            throw ShellError("no report definition named \(report)")
        }
        session.settings.reportFiles.append(file)
    }
}
