/// Lines given in advance, answered in order; records the prompts it was asked with. Used to
/// drive the REPL loop and prompting from tests and from programs without a terminal.
public final class ScriptedLines: LineSource {
    private var pending: [LineRead]
    /// The prompts shown so far, in order.
    public private(set) var prompts: [String] = []
    /// The lines given to `remember` (the history a line editor would keep).
    public private(set) var remembered: [String] = []

    /// Answers with `lines`, then `.endOfInput`; use `.interrupted` entries for Ctrl-C.
    public init(_ lines: [LineRead]) {
        pending = lines
    }

    /// Answers with plain lines, then `.endOfInput`.
    public convenience init(lines: [String]) {
        self.init(lines.map { .line($0) })
    }

    /// The next scripted answer.
    public func readLine(prompt: String) -> LineRead {
        prompts.append(prompt)
        guard !pending.isEmpty else { return .endOfInput }
        return pending.removeFirst()
    }

    /// Keeps `line` in `remembered`.
    public func remember(_ line: String) {
        remembered.append(line)
    }
}
