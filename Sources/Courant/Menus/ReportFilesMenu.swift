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
                    let name = try call.text("name")
                    let reports = try call.text("report-defs").split(separator: ",").map(
                        String.init)
                    guard !name.isEmpty,
                        !session.settings.reportFiles.contains(where: { $0.name == name })
                    else { throw ShellError("a report file named \(name) already exists") }
                    guard !reports.isEmpty else {
                        throw ShellError("name at least one report definition")
                    }
                    for report in reports where !session.settings.reportNames.contains(report) {
                        throw ShellError("no report definition named \(report)")
                    }
                    session.settings.reportFiles.append(
                        ReportFileSpecification(
                            name: name, path: try call.text("file-name"), reports: reports))
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
        return menu
    }
}
