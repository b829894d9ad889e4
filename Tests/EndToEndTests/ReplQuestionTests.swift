import Foundation
import Testing

/// Fluent users' habits at the prompt, in a real terminal: `MENU ?` for help on a menu, and a
/// value out of bounds at an argument prompt asked for again rather than the command abandoned.
@Suite struct ReplQuestionTests {
    @Test func menuQuestionMarksGiveHelpAndOutOfBoundsValuesAreAskedAgain() throws {
        let workspace = try TerminalWorkspace()
        let terminal = try workspace.startRepl()
        defer { terminal.close() }
        let file = try terminal.enter("/file ?", thenPrompt: "> ")
        #expect(file.hasPrefix("/file/: Case files, journals and the run history\n"), "\(file)")
        #expect(file.contains("\n  read-journal "))
        let set = try terminal.enter("/solve/set ?", thenPrompt: "> ")
        #expect(set.hasPrefix("/solve/set/: Solution methods and controls\n"), "\(set)")

        let continuity = "continuity residual convergence criterion [0.001] "
        try terminal.enter("/solve/monitors/residual/convergence-criteria", thenPrompt: continuity)
        let refused = try terminal.enter("0", thenPrompt: continuity)
        #expect(refused == "/solve/monitors/residual/convergence-criteria: 0 must be positive\n")
        try terminal.enter("1e-4", thenPrompt: "x-velocity residual convergence criterion [0.001] ")
        try terminal.enter("", thenPrompt: "y-velocity residual convergence criterion [0.001] ")
        try terminal.enter("", thenPrompt: "> ")
        try terminal.enter(
            "/solve/monitors/residual/convergence-criteria",
            thenPrompt: "continuity residual convergence criterion [0.0001] ")
        try terminal.press("C-c")
        try terminal.waitFor("> ", atLineStart: true)
        try terminal.press("C-d")
        #expect(try terminal.waitForExit() == 0)
    }
}
