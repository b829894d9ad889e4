import Foundation
import Testing

/// Ctrl-C in a real terminal: it stops a long `/solve/iterate` after the current iteration
/// and leaves the session, and the solution, ready to go on.
@Suite struct ReplInterruptTests {
    @Test func ctrlCStopsALongIterateAtThePromptAndTheNextIterateContinuesTheCount() throws {
        let workspace = try TerminalWorkspace()
        let journal = try workspace.writeCavity(cells: 8)
        let terminal = try workspace.startRepl()
        defer { terminal.close() }

        let initialised = try terminal.enter("/file/read-journal \(journal)", thenPrompt: "> ")
        #expect(initialised.contains("Flow initialized: 64 cells, 144 faces"))
        // Unreachable criteria: only Ctrl-C ends this run before a million iterations.
        try terminal.enter(
            "/solve/monitors/residual/convergence-criteria 1e-20 1e-20 1e-20", thenPrompt: "> ")
        try terminal.type("/solve/iterate 1000000")
        try terminal.press("Enter")
        try terminal.waitFor("/solve/iterate 1000000\n")
        let early = try terminal.waitFor("    20  ", atLineStart: true)
        try terminal.press("C-c")
        let late = try terminal.waitFor("Calculation interrupted\n")
        try terminal.waitFor("> ", atLineStart: true)

        // The terminal echoes `^C` wherever its cursor is; it is not the program's output.
        let shown = (early + late).replacingOccurrences(of: "^C", with: "")
        let rows = TerminalResidualRow.rows(in: shown)
        let last = try #require(rows.last?.iteration)
        // Every row is there: the pane's terminal keeps queued output at Ctrl-C (`noflsh`).
        #expect(rows.map(\.iteration) == Array(1...last))
        #expect(last >= 20 && last < 1_000_000)
        // The message follows the last completed iteration's row directly.
        let lines = shown.split(separator: "\n")
        #expect(lines.last == "Calculation interrupted")
        #expect(
            TerminalResidualRow.rows(in: String(lines.dropLast().last ?? "")) == rows.suffix(1))

        let resumed = try terminal.enter("/solve/iterate 3", thenPrompt: "> ")
        #expect(
            TerminalResidualRow.rows(in: resumed).map(\.iteration)
                == [last + 1, last + 2, last + 3])

        try terminal.press("C-d")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func ctrlCAtAQuestionAbandonsTheCommandAndWhileTypingClearsTheLine() throws {
        let workspace = try TerminalWorkspace()
        let terminal = try workspace.startRepl()
        defer { terminal.close() }

        try terminal.enter(
            "/solve/monitors/residual/convergence-criteria",
            thenPrompt: "continuity residual convergence criterion [0.001] ")
        try terminal.enter("1e-6", thenPrompt: "x-velocity residual convergence criterion")
        try terminal.press("C-c")
        let abandoned = try terminal.waitFor("> ", atLineStart: true)
        #expect(
            abandoned.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                == [
                    "[0.001]", "^C", "/solve/monitors/residual/convergence-criteria: interrupted",
                    ">",
                ])
        try terminal.type("half typed")
        try terminal.waitFor("half typed")
        try terminal.press("C-c")
        let cleared = try terminal.waitFor("> ", atLineStart: true)
        #expect(
            cleared.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                == ["^C", ">"])

        // The answer given before Ctrl-C was not applied: all or nothing.
        let monitors = try terminal.enter("/solve/monitors/list", thenPrompt: "> ")
        #expect(monitors.contains("    continuity  absolute 1.0000e-03  "))
        try terminal.press("C-d")
        #expect(try terminal.waitForExit() == 0)
        let history = try workspace.read("commands.hist").split(separator: "\n")
        #expect(
            history == ["/solve/monitors/residual/convergence-criteria", "/solve/monitors/list"])
    }
}
