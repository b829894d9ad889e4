import Foundation
import RunHistory
import Testing

/// The history of a REPL session whose terminal is closed without quitting: the run's last
/// `iterate` outcome is already in the database, not lost to `interrupted`.
@Suite struct ReplHistoryTests {
    @Test func aRunThatConvergedStaysConvergedWhenTheTerminalIsClosed() throws {
        let workspace = try TerminalWorkspace()
        let journal = try workspace.writeCavity(cells: 8)
        let terminal = try workspace.startRepl()
        defer { terminal.close() }
        try terminal.enter("/file/read-journal \(journal)", thenPrompt: "> ")
        let iterated = try terminal.enter("/solve/iterate 500", thenPrompt: "> ")
        let converged = try #require(TerminalResidualRow.rows(in: iterated).last?.iteration)
        #expect(iterated.contains("!  \(converged) solution is converged"))

        // Closing the terminal hangs the program up: no quit, no chance to close the run.
        terminal.close()
        let run = try #require(try HistorySnapshot(path: workspace.path("history.db")).runs.first)
        #expect(run.status == .converged)
        #expect(run.convergedAt == converged)
        #expect(run.iterations == converged)
        #expect(run.iterationLimit == 500)
    }

    /// Settings changed at the prompt between `iterate` calls: `history show` lists the changes
    /// with the iteration they took effect at, the criteria that decided the end, the status of
    /// the last call, and a wall time that leaves out the time spent at the prompt.
    @Test func settingsChangedAtThePromptAreInTheRunsHistory() throws {
        let workspace = try TerminalWorkspace()
        let terminal = try workspace.startReplOnQuietCavity(cells: 8)
        defer { terminal.close() }
        try terminal.enter(
            "/solve/monitors/residual/convergence-criteria 1e-6 1e-6 1e-6", thenPrompt: "> ")
        try terminal.enter("/solve/iterate 20", thenPrompt: "> ")
        Thread.sleep(forTimeInterval: 3)  // thinking at the prompt
        try terminal.enter(
            "/solve/monitors/residual/convergence-criteria 5.5e-4 1e-4 1e-4", thenPrompt: "> ")
        try terminal.enter(
            "/solve/monitors/residual/check-convergence? yes no yes", thenPrompt: "> ")
        let iterated = try terminal.enter("/solve/iterate 300", thenPrompt: "> ")
        #expect(iterated.contains("solution is converged"))
        try terminal.press("C-d")
        #expect(try terminal.waitForExit() == 0)

        let show = try CourantInvocation.run(
            ["history", "show", "1", "--history", workspace.path("history.db")],
            in: workspace.url.path)
        let lines = show.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first?.contains("  converged at iteration ") == true, "\(lines)")
        #expect(
            lines.contains(
                "  changed       /solve/monitors/residual/check-convergence? from iteration 21: "
                    + "yes yes yes -> yes no yes"))
        #expect(
            lines.contains(
                "  changed       /solve/monitors/residual/convergence-criteria from iteration 21: "
                    + "1e-06 1e-06 1e-06 -> 0.00055 0.0001 0.0001"))
        #expect(lines.contains("  criteria      continuity 0.00055, y-velocity 0.0001"))
        let ended = try #require(lines.first { $0.hasPrefix("  ended") })
        let seconds = try #require(
            Double(ended.split(separator: "wall time ").last?.split(separator: " ").first ?? ""))
        #expect(seconds < 2.5, "the wall time counts iterating only: \(ended)")
    }
}
