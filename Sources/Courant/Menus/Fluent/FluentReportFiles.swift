import CommandShell

/// Fluent's `/solve/report-files/add NAME report-defs A B () file-name "F" [active? yes]
/// [print? no] quit`: a report file in Fluent's keyword form (the definitions end at `()`, `,`
/// or the next keyword; `q` or `quit` ends). Courant writes every report file every iteration,
/// so `active? no`, `frequency` other than 1 and `print? yes` are refused with one line.
/// Without `file-name` the file is NAME.out, Fluent's default. `/solve/report-plots`, pictures
/// only, is accepted and ignored.
enum FluentReportFiles {
    static func add(_ session: CourantSession) -> TreeNode {
        .command(
            CommandNode(
                "add", help: "Fluent's form: add NAME report-defs A B () file-name F quit",
                isRecorded: false, readsAnswers: true
            ) { call in
                var cursor = AnswerCursor(call.answers)
                guard let name = cursor.take() else {
                    throw ShellError.malformed("expected the report file's name")
                }
                let keywords = ["report-defs", "file-name", "active?", "print?", "frequency"]
                var reports: [String] = []
                var path: String?
                while let keyword = cursor.take(), keyword != "q", keyword != "quit" {
                    switch keyword {
                    case "report-defs":
                        while let word = cursor.rest.first, !keywords.contains(word),
                            word != "q", word != "quit"
                        {
                            _ = cursor.take()
                            if word == "()" || word == "," { break }
                            reports.append(word)
                        }
                    case "file-name":
                        path = cursor.take()
                    case "active?":
                        guard try cursor.boolean(keyword, default: true) else {
                            throw ShellError("inactive report files are not in Courant")
                        }
                    case "print?":
                        if try cursor.boolean(keyword, default: false) {
                            throw ShellError(
                                "print? yes: use /solve/report-definitions/print-in-console?")
                        }
                    case "frequency":
                        guard try cursor.real(keyword, default: 1) == 1 else {
                            throw ShellError("Courant writes report files every iteration")
                        }
                    default:
                        throw ShellError.malformed(
                            "unknown keyword '\(keyword)' (Courant reads "
                                + keywords.joined(separator: ", ") + ", quit)")
                    }
                }
                // Without a file-name, Fluent's default: the report file's name with `.out`.
                let file = path.flatMap { $0.isEmpty ? nil : $0 } ?? name + ".out"
                try ReportFilesMenu.add(
                    ReportFileSpecification(name: name, path: file, reports: reports),
                    to: session)
            })
    }

    /// `/solve/report-plots`: ignored with one line.
    static var reportPlots: TreeNode {
        Refusal.ignored(
            "report-plots", help: "Fluent's report plots (ignored)", "no graphics in Courant")
    }
}
