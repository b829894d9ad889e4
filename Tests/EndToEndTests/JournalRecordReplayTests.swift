import Foundation
import Testing

/// `/file/start-journal` in a REPL session records what was done, with the values actually
/// used after questions and defaults; replaying the record in a new process (`courant -i`)
/// reproduces the session: the same case file and the same residuals to the last printed digit.
@Suite struct JournalRecordReplayTests {
    @Test func aJournalRecordedInTheReplReplaysToTheSameCaseAndResiduals() throws {
        let workspace = try TerminalWorkspace()
        let cavity = try workspace.writeCavity(cells: 10)
        let terminal = try workspace.startRepl()
        defer { terminal.close() }

        try terminal.enter("/file/start-journal rec.jou", thenPrompt: "> ")
        try terminal.enter("/file/read-journal \(cavity)", thenPrompt: "> ")
        try terminal.enter(
            "/solve/monitors/residual/convergence-criteria",
            thenPrompt: "continuity residual convergence criterion [0.001] ")
        try terminal.enter("1e-4", thenPrompt: "x-velocity residual convergence criterion")
        try terminal.enter("", thenPrompt: "y-velocity residual convergence criterion")
        try terminal.enter(",", thenPrompt: "> ")
        // A rejected command changes nothing and is not recorded.
        #expect(
            try terminal.enter("/solve/set/under-relaxation/mom 2", thenPrompt: "> ")
                == "/solve/set/under-relaxation/mom: 2 is outside (0, 1]\n")
        try terminal.enter("/solve/set/under-relaxation/mom", thenPrompt: "mom [0.7] ")
        try terminal.enter("0.8", thenPrompt: "> ")
        try terminal.enter("/solve/iterate", thenPrompt: "number of iterations [100] ")
        var printed = try terminal.enter("4", thenPrompt: "> ")
        printed += try terminal.enter("/solve/iterate 3", thenPrompt: "> ")
        try terminal.enter("/file/stop-journal", thenPrompt: "> ")
        try terminal.enter("/file/write-case repl.cas", thenPrompt: "> ")
        try terminal.press("C-d")
        #expect(try terminal.waitForExit() == 0)

        let typedRows = TerminalResidualRow.rows(in: printed)
        #expect(typedRows.map(\.iteration) == Array(1...7))
        let record = try workspace.read("rec.jou").split(separator: "\n")
        #expect(record.first == "/file/case-name tiny-cavity")
        #expect(
            record.suffix(4) == [
                "/solve/monitors/residual/convergence-criteria 0.0001 0.001 0.001",
                "/solve/set/under-relaxation/mom 0.8",
                "/solve/iterate 4",
                "/solve/iterate 3",
            ])

        // A new process, which starts from nothing but the record (absolute paths: it runs in
        // whatever directory the test runner has).
        try workspace.write(
            "/file/read-journal \(workspace.path("rec.jou"))\n"
                + "/file/write-case \(workspace.path("replay.cas"))\n", to: "replay.jou")
        let replay = try TerminalProcess.run(
            [
                try TerminalBinary.path(), "-i", workspace.path("replay.jou"), "--history",
                workspace.path("replay.db"),
            ], scratch: workspace.url)
        // 3: the journal ended at its iteration limit, not converged (`courant run`'s codes).
        #expect(replay.status == 3, "\(replay.errors)")
        let typedCase = try workspace.read("repl.cas")
        #expect(typedCase.contains("\n/solve/set/under-relaxation/mom 0.8\n"))
        #expect(try workspace.read("replay.cas") == typedCase)
        #expect(TerminalResidualRow.rows(in: replay.output) == typedRows)
    }
}
