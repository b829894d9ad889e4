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
}
