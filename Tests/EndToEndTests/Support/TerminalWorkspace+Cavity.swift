/// The lid-driven cavity of `cases/lid-driven-cavity.jou` on a tiny mesh, as a journal for
/// `/file/read-journal`: small enough that an iteration takes about a millisecond.
extension TerminalWorkspace {
    /// Writes the cavity set-up (mesh, Re = 100 material, walls with the lid moving at
    /// 1 m/s, SIMPLEC) with `cells`×`cells` cells to `name`, ending with
    /// `initialize-flow`; returns `name`.
    @discardableResult
    func writeCavity(cells: Int, to name: String = "cavity.jou") throws -> String {
        try write(
            """
            ; Lid-driven cavity, Re = 100, \(cells)x\(cells) cells.
            /file/case-name tiny-cavity
            /mesh/x-edges "0 1"
            /mesh/y-edges "0 1"
            /mesh/cells-x \(cells)
            /mesh/cells-y \(cells)
            /mesh/patch-names left right bottom lid
            /define/materials/density 1
            /define/materials/viscosity 0.01
            /define/boundary-conditions/zone-type wall wall wall wall
            /define/boundary-conditions/wall/x-velocity 0 0 0 1
            /solve/set/p-v-coupling SIMPLEC
            /solve/initialize/initialize-flow

            """, to: name)
        return name
    }

    /// Starts the REPL, reads the `cells`² cavity into it and turns the residual table off, as
    /// the tests of what a run leaves behind begin.
    func startReplOnQuietCavity(cells: Int) throws -> TerminalSession {
        let journal = try writeCavity(cells: cells)
        let terminal = try startRepl()
        try terminal.enter("/file/read-journal \(journal)", thenPrompt: "> ")
        try terminal.enter("/solve/monitors/residual/print? no", thenPrompt: "> ")
        return terminal
    }
}
