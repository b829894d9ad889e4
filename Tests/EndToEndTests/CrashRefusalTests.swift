import Foundation
import Testing

/// Input that used to end the process (an allocation failure, a stack overflow) is refused in
/// one line naming the place, with exit status 1, and in the REPL the session goes on.
@Suite struct CrashRefusalTests {
    /// `--set cells=100000` asks for 10¹⁰ cells: refused before anything is allocated.
    @Test func aMeshTooLargeForTheMachineIsRefusedInOneLine() throws {
        let folder = try ScratchFolder("too-large")
        defer { folder.remove() }
        let journal = CourantBinary.packageRoot + "/cases/lid-driven-cavity.jou"
        let result = try CourantInvocation.run(
            ["run", journal, "--set", "cells=100000", "--no-history", "--surrogate", "none"],
            in: folder.path)
        #expect(result.status == 1)
        #expect(result.errorLines.count == 1, "stderr: \(result.standardError)")
        let line = try #require(result.errorLines.first)
        #expect(
            line.hasPrefix(
                "Error: \(journal):25: /solve/initialize/initialize-flow: the mesh would have "
                    + "10000000000 cells, needing about 14 TiB of memory; "))
        #expect(line.hasSuffix(": use fewer cells"))
        #expect(!result.standardOutput.contains("Flow initialized"))
    }

    /// A journal that reads itself, and two that read each other, run with `courant run` (which
    /// stops at the first error; `courant -i` reads on, as Fluent does).
    @Test func journalCyclesAreRefusedNamingTheChain() throws {
        let folder = try ScratchFolder("cycle")
        defer { folder.remove() }
        try folder.write("/file/read-journal self.jou\n", to: "self.jou")
        try folder.write("; first\n/file/read-journal b.jou\n", to: "a.jou")
        try folder.write("/file/read-journal a.jou\n", to: "b.jou")
        let cases = [
            (
                "self.jou",
                "Error: self.jou:1: /file/read-journal: journal cycle: self.jou:1 reads self.jou"
            ),
            (
                "a.jou",
                "Error: b.jou:1: /file/read-journal: journal cycle: a.jou:2 reads b.jou, "
                    + "b.jou:1 reads a.jou"
            ),
        ]
        for (journal, message) in cases {
            let result = try CourantInvocation.run(
                ["run", journal, "--history", folder.file("h.db")], in: folder.path)
            #expect(result.status == 1)
            #expect(result.errorLines == [message])
        }
    }

    /// In the REPL the same mistakes are one line each and the session goes on.
    @Test func theReplSurvivesAJournalCycleAndAMeshTooLarge() throws {
        let workspace = try TerminalWorkspace()
        try workspace.write("/file/read-journal self.jou\n", to: "self.jou")
        let terminal = try workspace.startRepl()
        defer { terminal.close() }
        let cycle = try terminal.enter("/file/read-journal self.jou", thenPrompt: "> ")
        #expect(
            cycle
                == "self.jou:1: /file/read-journal: journal cycle: self.jou:1 reads self.jou\n")
        try terminal.enter("/mesh/cells-x 3000000", thenPrompt: "> ")
        try terminal.enter("/mesh/cells-y 3000000", thenPrompt: "> ")
        let tooLarge = try terminal.enter("/solve/initialize/initialize-flow", thenPrompt: "> ")
        #expect(
            tooLarge.hasPrefix(
                "/solve/initialize/initialize-flow: the mesh would have 9000000000000 cells"))
        #expect(tooLarge.filter { $0 == "\n" }.count == 1)
        let info = try terminal.enter("/mesh/info", thenPrompt: "> ")
        #expect(info.hasPrefix("/mesh/info: the mesh would have 9000000000000 cells"))
        try terminal.enter("/mesh/cells-x 4", thenPrompt: "> ")
        try terminal.enter("/mesh/cells-y 4", thenPrompt: "> ")
        let built = try terminal.enter("/solve/initialize/initialize-flow", thenPrompt: "> ")
        #expect(built.hasPrefix("Flow initialized: 16 cells"))
        try terminal.press("C-d")
        #expect(try terminal.waitForExit() == 0)
    }
}
