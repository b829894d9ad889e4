import Foundation

/// Records each successful command in canonical full-path form with the values actually used
/// (after prompts and defaults), e.g. `/solve/monitors/residual/convergence-criteria 0.001
/// 0.001 0.001`; Fluent's `/file/start-journal`. Replaying the record reproduces the session.
public final class JournalRecorder {
    /// The recorded lines, without newlines.
    public private(set) var lines: [String] = []
    private let file: FileHandle?

    /// Records in memory, and appends each line to `path` (created or truncated) when given;
    /// each line is written as it is recorded so a crash loses nothing.
    public init(writingTo path: String? = nil) throws {
        guard let path else {
            file = nil
            return
        }
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw ShellError("cannot create journal '\(path)'")
        }
        file = FileHandle(forWritingAtPath: path)
        if file == nil { throw ShellError("cannot open journal '\(path)'") }
    }

    /// Appends `path` followed by the values' journal tokens.
    public func record(path: String, values: [SettingValue]) {
        let line = ([path] + values.flatMap(\.journalTokens)).joined(separator: " ")
        lines.append(line)
        file?.write(Data((line + "\n").utf8))
    }

    /// The record as journal text.
    public var text: String {
        lines.map { $0 + "\n" }.joined()
    }

    /// Closes the file (Fluent's `/file/stop-journal`); later lines are kept in memory only.
    public func close() {
        try? file?.close()
    }
}
