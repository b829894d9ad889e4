import CommandShell

/// Courant's command tree, mirroring Fluent's TUI. Menu order is replay order for
/// `/file/write-case`: the mesh decides the patch names that boundary conditions are keyed by,
/// and the models decide the equations that residual monitors are keyed by, so both come first.
public enum CommandTree {
    /// The root menu (`/file`, `/mesh`, `/define`, `/solve`, `/report`, `/surrogate`, `exit`), with
    /// every command acting on `session`.
    public static func build(for session: CourantSession) -> MenuNode {
        MenuNode.root(
            help: "Courant: steady pressure-based finite-volume solver",
            children: [
                .menu(FileMenu.build(for: session)),
                .menu(MeshMenu.build(for: session)),
                .menu(DefineMenu.build(for: session)),
                .menu(SolveMenu.build(for: session)),
                .menu(ReportMenu.build(for: session)),
                .menu(SurrogateMenu.build(for: session, live: session.liveSurrogate)),
                .command(
                    CommandNode("exit", help: "Leave Courant", isRecorded: false) { call in
                        call.session.requestExit()
                    }),
            ])
    }
}
