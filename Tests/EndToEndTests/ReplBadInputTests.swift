import Foundation
import Testing

/// Bad input typed at the REPL in a real terminal: each mistake is one line naming the command
/// path, nothing changes, and the session goes on.
@Suite struct ReplBadInputTests {
    @Test func eachMistakePrintsOneLineLeavesTheSettingAndKeepsTheSession() throws {
        let workspace = try TerminalWorkspace()
        let terminal = try workspace.startRepl()
        defer { terminal.close() }

        try terminal.enter("/solve/set/under-relaxation/mom 0.6", thenPrompt: "> ")
        let mistakes: [(typed: String, message: String)] = [
            ("frobnicate", "/: no item 'frobnicate'; items are file, "),
            (
                "/solve/monitors/residual/c-c 1",
                "/solve/monitors/residual/: 'c-c' is ambiguous: "
                    + "check-convergence?, convergence-criteria"
            ),
            ("/solve/iterate two", "/solve/iterate: 'two' is not an integer"),
            (
                "/solve/iterate 5",
                "/solve/iterate: the flow is not initialized: "
                    + "use /solve/initialize/initialize-flow"
            ),
            (
                "so set under-relaxation mom 1.5",
                "/solve/set/under-relaxation/mom: 1.5 is outside (0, 1]"
            ),
            (
                "/solve/set/under-relaxation/mom 0",
                "/solve/set/under-relaxation/mom: 0 is outside (0, 1]"
            ),
            (
                "/solve/set/under-relaxation/mom 0.5 0.4",
                "/solve/set/under-relaxation/mom: unexpected '0.4' after the last value"
            ),
        ]
        for mistake in mistakes {
            let printed = try terminal.enter(mistake.typed, thenPrompt: "> ")
            #expect(printed.hasPrefix(mistake.message), "after typing \(mistake.typed)")
            #expect(
                printed.filter { $0 == "\n" }.count == 1, "one line after \(mistake.typed)")
        }

        // The question shows the value in force: still the one set before the mistakes.
        try terminal.enter("/solve/set/under-relaxation/mom", thenPrompt: "mom [0.6] ")
        try terminal.enter("", thenPrompt: "> ")

        try terminal.press("C-d")
        #expect(try terminal.waitForExit() == 0)
    }
}
