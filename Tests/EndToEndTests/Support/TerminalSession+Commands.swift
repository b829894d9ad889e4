/// Typing whole command lines at the REPL and reading what they print.
extension TerminalSession {
    /// Types `line`, presses Enter, and waits for the next `prompt` (the REPL's, or the
    /// question a command asks) at the start of a line; returns what the command printed
    /// between its echoed line and that prompt.
    @discardableResult
    func enter(_ line: String, thenPrompt prompt: String) throws -> String {
        try type(line)
        try press("Enter")
        try waitFor(line + "\n")
        let printed = try waitFor(prompt, atLineStart: true)
        return String(printed.dropLast(prompt.count))
    }

    /// Types `answer` at an argument's question and presses Enter (an empty answer is Enter
    /// alone), then waits for `next` (the next question or the prompt) at the start of a line;
    /// returns what was printed in between.
    @discardableResult
    func answer(_ answer: String, thenWaitFor next: String) throws -> String {
        if !answer.isEmpty { try type(answer) }
        try press("Enter")
        try waitFor(answer + "\n")
        let printed = try waitFor(next, atLineStart: true)
        return String(printed.dropLast(next.count))
    }
}

/// Tab completion and finishing an edited line.
extension TerminalSession {
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
