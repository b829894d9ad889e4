import CommandShell

/// Courant's command tree, mirroring Fluent's TUI. Menu order is replay order for
/// `/file/write-case`: the mesh decides the patch names that boundary conditions are keyed by,
/// and the models decide the equations that residual monitors are keyed by, so both come first.
public enum CommandTree {
    /// The root menu (`/file`, `/mesh`, `/define`, `/solve`, `/report`, `/surrogate`, `exit`), with
    /// every command acting on `session`.
    public static func build(for session: CourantSession) -> MenuNode {
        let root = MenuNode.root(
            help: "Courant: steady pressure-based finite-volume solver",
            children: [
                .menu(FileMenu.build(for: session)),
                .menu(MeshMenu.build(for: session)),
                .menu(DefineMenu.build(for: session)),
                .menu(SolveMenu.build(for: session)),
                .menu(ReportMenu.build(for: session)),
                .menu(SurrogateMenu.build(for: session, live: session.liveSurrogate)),
                .command(
                    CommandNode(
                        "exit", help: "Leave Courant", arguments: [FluentCodes.confirmation],
                        isRecorded: false
                    ) { call in
                        guard try FluentCodes.confirmed(call) else { return }
                        call.session.requestExit()
                    }),
            ] + Refusal.graphicsMenus + [
                Refusal.command(
                    "parallel", help: "Fluent's parallel controls (not available)",
                    "parallel processing controls are not available (Courant runs one process; "
                        + "sweeps run in parallel with courant batch)")
            ])
        root.aliases = fluentAliases
        return root
    }

    /// Fluent's root aliases for the file and iterate commands, and `grid` for `mesh`.
    static let fluentAliases = [
        "rc": "file/read-case", "rcd": "file/read-case-data", "rd": "file/read-data",
        "wc": "file/write-case", "wd": "file/write-data", "wcd": "file/write-case-data",
        "it": "solve/iterate",
        // The mesh menu's name before Fluent 14, still in journals.
        "grid": "mesh",
        // Typed at the root by journal authors (two in the corpus); not a documented alias.
        "read-case": "file/read-case", "read-case-data": "file/read-case-data",
        "write-case": "file/write-case", "write-data": "file/write-data",
        "write-case-data": "file/write-case-data",
    ]
}
