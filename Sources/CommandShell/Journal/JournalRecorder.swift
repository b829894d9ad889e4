import Foundation

/// Records each successful command in canonical full-path form with the values actually used
/// (after prompts and defaults), e.g. `/solve/monitors/residual/convergence-criteria 0.001
/// 0.001 0.001`; Fluent's `/file/start-journal`. Replaying the record reproduces the session.
public final class JournalRecorder {
    /// The recorded lines, without newlines.
    public private(set) var lines: [String] = []
    private var file: FileHandle?
    /// The file recorded to, for messages.
    private let path: String?

    /// Records in memory, and appends each line to `path` (created or truncated) when given;
    /// each line is written as it is recorded so a crash loses nothing.
    public init(writingTo path: String? = nil) throws {
        self.path = path
        guard let path else {
            file = nil
            return
        }
        file = try OutputFile.create(path, what: "journal")
    }

    /// Appends `path` followed by the values' journal tokens. When the file cannot take the
    /// line (a full disk), the file is closed, later lines are kept in memory only, and the
    /// error says so; the command recorded has run all the same.
    public func record(path: String, values: [SettingValue]) throws {
        let line = ([path] + values.flatMap(\.journalTokens)).joined(separator: " ")
        lines.append(line)
        guard let file else { return }
        do {
            try file.write(contentsOf: Data((line + "\n").utf8))
        } catch {
            close()
            throw ShellError(
                "done, but the journal \(self.path ?? "") cannot be written "
                    + "(\(error.localizedDescription)); recording stopped")
        }
    }

    /// The record as journal text.
    public var text: String {
        lines.map { $0 + "\n" }.joined()
    }

    /// Closes the file (Fluent's `/file/stop-journal`); later lines are kept in memory only.
    public func close() {
        try? file?.close()
        file = nil
    }
}
