/// Typing at the REPL as a person does: whole lines, answers to questions, Tab completion.
extension TerminalSession {
    /// Types `line` (a command, or an answer to a question; empty is Enter alone), presses
    /// Enter, and waits for `prompt` (the REPL's, or the next question) at the start of a
    /// line; returns what was printed between the echoed line and that prompt.
    @discardableResult
    func enter(_ line: String, thenPrompt prompt: String) throws -> String {
        if !line.isEmpty { try type(line) }
        try press("Enter")
        try waitFor(line + "\n")
        let printed = try waitFor(prompt, atLineStart: true)
        return String(printed.dropLast(prompt.count))
    }

    /// Types `typed`, presses Tab, and waits for readline to show `completion` in its place.
    func complete(_ typed: String, to completion: String) throws {
        try type(typed)
        try press("Tab")
        try waitFor(completion)
    }

    /// Presses Enter on the line as edited so far and waits for the line to end.
    func submit() throws {
        try press("Enter")
        try waitFor("\n")
    }
}
