import Foundation
import Testing

/// Ctrl-C while `courant -i` runs a journal in a terminal: the iteration in progress finishes,
/// the journal stops there with one line naming where, and the exit code is 130 (interrupted).
@Suite struct JournalInterruptTests {
    @Test func ctrlCDuringAJournalStopsAfterTheCurrentIterationWithExitCode130() throws {
        let workspace = try TerminalWorkspace()
        let cavity = try workspace.writeCavity(cells: 8)
        try workspace.write(
            """
            /file/read-journal \(workspace.path(cavity))
            /solve/monitors/residual/convergence-criteria 1e-20 1e-20 1e-20
            /solve/iterate 1000000
            /file/write-case \(workspace.path("after.cas"))

            """, to: "long.jou")
        let terminal = try TerminalSession(
            running: [
                try TerminalBinary.path(), "-i", workspace.path("long.jou"), "--history",
                workspace.path("history.db"),
            ], in: workspace.url)
        defer { terminal.close() }

        let early = try terminal.waitFor("    20  ", atLineStart: true)
        try terminal.press("C-c")
        let late = try terminal.waitFor("Calculation interrupted\n")
        // Exit code 130 is also what a shell reports for a process killed by SIGINT; the
        // message and the error line show that courant stopped on its own.
        #expect(try terminal.waitForExit() == 130)
        let shown = (early + late).replacingOccurrences(of: "^C", with: "")
        let rows = TerminalResidualRow.rows(in: shown)
        let last = try #require(rows.last?.iteration)
        #expect(rows.map(\.iteration) == Array(1...last))
        let error = try terminal.waitFor("\n", atLineStart: false)
        #expect(error == "Error: \(workspace.path("long.jou")):3: journal interrupted\n")
        #expect(!FileManager.default.fileExists(atPath: workspace.path("after.cas")))
    }
}
