import CommandShell

/// Commands Courant reads but does not carry out: physics it lacks, refused with one line that
/// names what is missing (never as an unknown command), and graphics, accepted in batch with one
/// line saying they are ignored. Both take whatever answers follow them, on the line and, in a
/// journal, on the lines up to the next command, so one refusal never turns its answers into
/// further errors.
enum Refusal {
    /// The line for turbulence models and settings Courant lacks.
    static let turbulence =
        "this turbulence model is not available (Courant has laminar and kw-sst)"

    /// A command refused with `reason` (e.g. `multiphase models are not available`).
    static func command(_ name: String, help: String, _ reason: String) -> TreeNode {
        .command(
            CommandNode(name, help: help, isRecorded: false, readsAnswers: true) { _ in
                throw ShellError.unavailable(reason)
            })
    }

    /// A command (or menu, with the rest of its path) accepted and ignored with one line.
    static func ignored(_ name: String, help: String, _ why: String) -> TreeNode {
        .command(
            CommandNode(name, help: help, isRecorded: false, readsAnswers: true) { call in
                call.session.write("\(call.command.path): ignored: \(why)\n")
            })
    }

    /// Fluent's graphics menus (`/display`, `/views`, `/plot`, picture-only `/surface`): ignored,
    /// as pictures are not drawn in batch.
    static var graphicsMenus: [TreeNode] {
        [
            ignored("display", help: "Fluent's graphics (ignored)", "no graphics in Courant"),
            ignored("views", help: "Fluent's views (ignored)", "no graphics in Courant"),
            ignored("plot", help: "Fluent's plots (ignored)", "no graphics in Courant"),
            ignored(
                "surface", help: "Fluent's post-processing surfaces (ignored)",
                "surfaces for pictures are not made in Courant"),
        ]
    }
}
