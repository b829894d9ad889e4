import CommandShell
import Foundation

/// `/file`: case name, journals (read, record), case files (a case file is a canonical
/// journal), batch options and the run-history database.
enum FileMenu {
    static func build(for session: CourantSession) -> MenuNode {
        let menu = MenuNode("file", help: "Case files, journals and the run history")
        menu.add(
            .setting(
                Setting.text(
                    "case-name", "Name the runs of this case are logged under", default: "untitled",
                    check: (
                        "a non-empty name",
                        { name in
                            if name.isEmpty { throw ShellError("the case name cannot be empty") }
                        }
                    ),
                    get: { session.settings.caseName },
                    set: { session.settings.caseName = $0 })))
        let fileArgument = { (help: String) in
            CommandArgument("file-name", help: help, type: .filePath)
        }
        menu.add(
            .command(
                CommandNode(
                    "read-journal", help: "Run the commands of a journal file",
                    arguments: [fileArgument("Journal file to read")], isRecorded: false
                ) { call in
                    try Journal(contentsOf: call.text("file-name")).run(in: call.session)
                }))
        menu.add(
            .command(
                CommandNode(
                    "read-case", help: "Read a case file (a journal of settings)",
                    arguments: [fileArgument("Case file to read")], isRecorded: false
                ) { call in
                    try FluentFileCommands.readCase(call.text("file-name"), call, session)
                }))
        menu.add(.command(MeshImportCommands.readMesh(for: session)))
        menu.add(.menu(MeshImportCommands.importMenu(for: session)))
        menu.add(
            .command(
                CommandNode(
                    "write-case", help: "Write every setting as a canonical journal",
                    arguments: [
                        fileArgument("Case file to write"),
                        CommandArgument(
                            "overwrite", help: "Fluent's overwrite confirmation (ok, yes)",
                            type: .string, default: .text("yes"), optional: true),
                    ], isRecorded: false
                ) { call in
                    let path = try call.text("file-name")
                    try writeText(session.caseJournal, to: path, call: call)
                }))
        menu.add(
            .command(
                CommandNode(
                    "start-journal", help: "Record the commands that follow, with the values used",
                    arguments: [fileArgument("Journal file to record to")], isRecorded: false
                ) { call in
                    let path = try call.text("file-name")
                    guard overwriteAllowed(path, call: call) else { return }
                    call.session.recorder?.close()
                    call.session.recorder = try JournalRecorder(writingTo: path)
                }))
        menu.add(
            .command(
                CommandNode(
                    "stop-journal", help: "Stop recording commands", isRecorded: false
                ) { call in
                    call.session.recorder?.close()
                    call.session.recorder = nil
                }))
        menu.add(
            .command(
                CommandNode(
                    "start-transcript", help: "Copy all console text and typed lines to a file",
                    arguments: [fileArgument("Transcript file")], isRecorded: false
                ) { call in
                    let path = try call.text("file-name")
                    guard overwriteAllowed(path, call: call) else { return }
                    if let running = call.session.output as? Transcript {
                        running.close()
                        call.session.output = running.console
                    }
                    call.session.output = try Transcript(path: path, console: call.session.output)
                }))
        menu.add(
            .command(
                CommandNode(
                    "stop-transcript", help: "Stop copying console text", isRecorded: false
                ) { call in
                    guard let running = call.session.output as? Transcript else { return }
                    running.close()
                    call.session.output = running.console
                }))
        menu.add(
            .command(
                CommandNode(
                    "set-batch-options",
                    help: "How journals behave without a person at the keyboard",
                    arguments: [
                        CommandArgument(
                            "confirm-file-overwrite?", help: "Ask before overwriting files",
                            type: .boolean, default: .boolean(true)),
                        CommandArgument(
                            "exit-on-error?",
                            help: "Stop at the first error with a non-zero status",
                            type: .boolean, default: .boolean(false)),
                        CommandArgument(
                            "hide-questions?", help: "Do not print prompts answered by a journal",
                            type: .boolean, default: .boolean(false)),
                        CommandArgument(
                            "redisplay-question?",
                            help: "Fluent's fourth answer (2024 R2 on): show a question again",
                            type: .boolean, default: .boolean(false), optional: true),
                    ]
                ) { call in
                    call.session.options.confirmOverwrite = try call.boolean(
                        "confirm-file-overwrite?")
                    call.session.options.exitOnError = try call.boolean("exit-on-error?")
                    call.session.options.hideQuestions = try call.boolean("hide-questions?")
                }))
        FluentFileCommands.add(to: menu, session: session)
        let history = menu.addMenu("history", help: "The SQLite database runs are logged to")
        history.add(
            .command(
                CommandNode(
                    "database", help: "Log runs to this database from now on (created if missing)",
                    arguments: [fileArgument("History database")], isRecorded: false
                ) { call in
                    try session.useHistory(at: call.text("file-name"))
                }))
        history.add(
            .command(
                CommandNode(
                    "disable", help: "Stop logging runs", isRecorded: false
                ) { _ in
                    try session.useHistory(at: nil)
                }))
        history.add(
            .command(
                CommandNode(
                    "status", help: "Print where runs are logged", isRecorded: false
                ) { call in
                    let target = session.history?.path ?? "(logging off)"
                    let run = session.historyRunID.map { ", current run \($0)" } ?? ""
                    call.session.write("run history: \(target)\(run)\n")
                }))
        return menu
    }

    /// Writes `text` to `path`, asking first if the file exists and overwrite confirmation is on.
    /// The text goes to a temporary file renamed into place, so a failed write leaves nothing
    /// half-written; a path that exists and is not a regular file (`/dev/null`, a pipe) is
    /// written in place, never replaced.
    static func writeText(_ text: String, to path: String, call: CommandCall) throws {
        guard overwriteAllowed(path, call: call) else { return }
        let type =
            try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType
        if let type, type != .typeRegular, type != .typeSymbolicLink {
            let file = try OutputFile.create(path, what: "file")
            do {
                try file.write(contentsOf: Data(text.utf8))
            } catch {
                throw ShellError("cannot write \(path): \(error.localizedDescription)")
            }
            return
        }
        let temporary = path + ".part"
        do {
            try text.write(toFile: temporary, atomically: false, encoding: .utf8)
            if FileManager.default.fileExists(atPath: path) {
                try FileManager.default.removeItem(atPath: path)
            }
            try FileManager.default.moveItem(atPath: temporary, toPath: path)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw ShellError("cannot write \(path): \(error.localizedDescription)")
        }
    }

    private static func overwriteAllowed(_ path: String, call: CommandCall) -> Bool {
        guard FileManager.default.fileExists(atPath: path) else { return true }
        return call.session.confirm("\(path) exists; overwrite?")
    }
}
