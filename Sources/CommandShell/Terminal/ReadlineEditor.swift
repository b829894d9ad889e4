@preconcurrency import CReadline
import Foundation

/// The terminal line source: GNU readline with line editing, Ctrl-R history search, history
/// kept in a file, and Tab completion from the session's tree.
///
/// readline's state is global, so a process has one editor. Ctrl-C while typing clears the line
/// (`.interrupted`); Ctrl-D on an empty line ends input. Install `SignalHandling` first: readline
/// is told not to catch signals, and the interrupted read is noticed here.
public final class ReadlineEditor: LineSource {
    /// The history file.
    public let historyPath: String
    /// The most lines kept, in memory and in the file.
    public let historyLimit: Int
    /// Whether the user was told that the history file cannot be written.
    private var saidUnwritable = false

    /// `~/.courant_history`.
    public static var defaultHistoryPath: String {
        NSHomeDirectory() + "/.courant_history"
    }

    /// Sets up readline and loads the history in `historyPath` (a missing file is an empty
    /// history).
    public init(historyPath: String = ReadlineEditor.defaultHistoryPath, historyLimit: Int = 1000) {
        self.historyPath = historyPath
        self.historyLimit = max(1, historyLimit)
        rl_readline_name = UnsafePointer(strdup("courant"))
        rl_catch_signals = 0
        rl_getc_function = readKey
        rl_attempted_completion_function = completeWord
        using_history()
        stifle_history(Int32(self.historyLimit))
        read_history(historyPath)
    }

    /// Completes words from `session`'s tree (its current menu at the time Tab is pressed).
    public func completeFrom(_ session: ShellSession) {
        activeCompleter = { [weak session] prefix, word in
            session?.completions(of: word, after: prefix) ?? .candidates([])
        }
    }

    /// The terminal's width in columns as readline knows it (it follows window resizes).
    public var screenColumns: Int {
        var rows: Int32 = 0
        var columns: Int32 = 0
        rl_get_screen_size(&rows, &columns)
        return columns > 0 ? Int(columns) : 80
    }

    /// Shows `prompt` and reads one edited line.
    public func readLine(prompt: String) -> LineRead {
        InterruptFlag.process.lower()
        lineInterrupted = false
        guard let raw = readline(prompt) else {
            if lineInterrupted {
                try? FileHandle.standardOutput.write(contentsOf: Data("^C\n".utf8))
                return .interrupted
            }
            return .endOfInput
        }
        defer { free(raw) }
        return .line(String(cString: raw))
    }

    /// Adds `line` to the history (unless it repeats the previous line) and appends it to the
    /// history file at once, trimming the file to `historyLimit` lines.
    public func remember(_ line: String) {
        if history_length > 0, let last = history_get(history_base + history_length - 1),
            let text = last.pointee.line, String(cString: text) == line
        {
            return
        }
        add_history(line)
        let exists =
            FileManager.default.fileExists(atPath: historyPath)
            || FileManager.default.createFile(atPath: historyPath, contents: nil)
        guard exists, append_history(1, historyPath) == 0 else {
            // Said once: the session goes on, remembering lines in memory only.
            if !saidUnwritable {
                saidUnwritable = true
                try? FileHandle.standardOutput.write(
                    contentsOf: Data(
                        "Warning: \(historyPath) cannot be written; typed commands are kept for this session only\n"
                            .utf8))
            }
            return
        }
        history_truncate_file(historyPath, Int32(historyLimit))
    }
}

/// The completer of the active editor's session: (text before the word, word) → completions.
nonisolated(unsafe) private var activeCompleter: ((String, String) -> ShellSession.Completion)?
/// Set when Ctrl-C interrupted the read of the current line.
nonisolated(unsafe) private var lineInterrupted = false

/// readline's key reader: `read(2)` one byte; a read interrupted by Ctrl-C empties the line and
/// reports end of input, which `readLine` turns into `.interrupted`.
private func readKey(_ stream: UnsafeMutablePointer<FILE>?) -> Int32 {
    let descriptor = stream.map { fileno($0) } ?? STDIN_FILENO
    var byte: UInt8 = 0
    while true {
        let count = read(descriptor, &byte, 1)
        if count == 1 { return Int32(byte) }
        guard count < 0, errno == EINTR else { return EOF }
        if InterruptFlag.process.lower() {
            lineInterrupted = true
            rl_replace_line("", 0)
            return EOF
        }
    }
}

/// readline's completion hook: the candidates for the word between `start` and `end`, as a
/// malloc'd NULL-terminated array whose first entry replaces the word (readline frees it).
private func completeWord(
    _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    rl_attempted_completion_over = 1
    guard let text, let buffer = rl_line_buffer, let completer = activeCompleter else {
        return nil
    }
    let word = String(cString: text)
    let prefix = UnsafeRawBufferPointer(start: buffer, count: Int(max(0, start)))
    switch completer(String(decoding: prefix, as: UTF8.self), word) {
    case .fileNames:
        rl_attempted_completion_over = 0
        return nil
    case .candidates(let candidates):
        guard !candidates.isEmpty else { return nil }
        let entries =
            candidates.count == 1 ? candidates : [replacement(word, candidates)] + candidates
        let stride = MemoryLayout<UnsafeMutablePointer<CChar>?>.stride
        guard let memory = malloc((entries.count + 1) * stride) else { return nil }
        let array = memory.bindMemory(
            to: UnsafeMutablePointer<CChar>?.self, capacity: entries.count + 1)
        for (index, entry) in entries.enumerated() {
            array[index] = strdup(entry)
        }
        array[entries.count] = nil
        return array
    }
}

/// The longest common prefix of the candidates when it extends the typed word, else the word:
/// an abbreviation (`c-c`) is not shortened to a common prefix that drops what was typed.
private func replacement(_ word: String, _ candidates: [String]) -> String {
    guard var common = candidates.first else { return word }
    for candidate in candidates.dropFirst() {
        common = String(zip(common, candidate).prefix { $0 == $1 }.map(\.0))
    }
    return common.count >= word.count ? common : word
}
