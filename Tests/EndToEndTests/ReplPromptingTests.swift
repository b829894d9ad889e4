import Foundation
import Testing

/// The REPL driven in a real terminal (tmux): abbreviated paths, Tab completion, Fluent-style
/// questions with defaults, and the command history kept in a file.
@Suite struct ReplPromptingTests {
    @Test func abbreviationsTabAndQuestionsSetTheCriteriaAndTheCommandsAreKeptInHistory() throws {
        let workspace = try TerminalWorkspace()
        let terminal = try workspace.startRepl()
        defer { terminal.close() }
        let residualPrompt = "/solve/monitors/residual> "

        // Fluent abbreviations: each word is a hyphen-wise prefix of a menu item.
        try terminal.enter("so mo re", thenPrompt: residualPrompt)

        // One Tab completes the only item `co` abbreviates; the command then asks per equation.
        try terminal.complete("co", to: "convergence-criteria ")
        try terminal.submit()
        let continuity = "continuity residual convergence criterion [0.001] "
        try terminal.waitFor(continuity, atLineStart: true)
        let help = try terminal.enter("?", thenPrompt: continuity)
        #expect(
            help == "continuity residual convergence criterion: "
                + "Absolute criterion on each displayed residual; real > 0\n")
        let xVelocity = "x-velocity residual convergence criterion [0.001] "
        let yVelocity = "y-velocity residual convergence criterion [0.001] "
        #expect(try terminal.enter("", thenPrompt: xVelocity).isEmpty)
        #expect(try terminal.enter(",", thenPrompt: yVelocity).isEmpty)
        // A bad value typed at a question is reported in one line and the question repeats.
        #expect(
            try terminal.enter("abc", thenPrompt: yVelocity)
                == "/solve/monitors/residual/convergence-criteria: 'abc' is not a number\n")
        #expect(try terminal.enter("1e-5", thenPrompt: residualPrompt).isEmpty)

        // Two Tabs list every item `c` abbreviates, then the line is redisplayed as typed.
        try terminal.type("c")
        try terminal.press("Tab", "Tab")
        let listing = try terminal.waitFor(residualPrompt, atLineStart: true)
            .split(separator: "\n").dropFirst().dropLast()
        #expect(
            listing.flatMap { $0.split(separator: " ") }
                == ["check-convergence?", "convergence-criteria", "criterion-type"])

        // Typing on from the redisplayed line; a choice setting asks with its current value.
        try terminal.complete("ri", to: "criterion-type ")
        try terminal.submit()
        try terminal.waitFor("criterion type [absolute] ", atLineStart: true)
        try terminal.enter("", thenPrompt: residualPrompt)

        // Tab along an absolute path, one component at a time.
        try terminal.complete("/so", to: "/solve ")
        try terminal.complete("mo", to: "monitors ")
        try terminal.complete("li", to: "list ")
        try terminal.submit()
        let monitors = try terminal.waitFor(residualPrompt, atLineStart: true)
        let criteria = monitors.split(separator: "\n").filter { $0.contains("absolute ") }
            .map { $0.split(separator: " ").prefix(3).joined(separator: " ") }
        #expect(
            criteria == [
                "continuity absolute 1.0000e-03", "x-velocity absolute 1.0000e-03",
                "y-velocity absolute 1.0000e-05",
            ])

        try terminal.press("C-d")
        #expect(try terminal.waitForExit() == 0)
        // Commands are kept as typed (after completion); answers to questions are not.
        let history = try workspace.read("commands.hist").split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(
            history == [
                "so mo re", "convergence-criteria", "criterion-type", "/solve monitors list",
            ])

        // The next session starts with them: Up recalls the last command, Enter runs it.
        let next = try workspace.startRepl()
        defer { next.close() }
        try next.press("Up")
        try next.waitFor("/solve monitors list ")
        try next.submit()
        #expect(try next.waitFor("> ", atLineStart: true).contains("  decides: residual criteria"))
        try next.press("C-d")
        #expect(try next.waitForExit() == 0)
    }
}
