import Foundation

/// A tee of all console text to a file, with the lines the user typed after their prompts
/// (Fluent's `/file/start-transcript`). Each write goes to the file at once, so a crash loses
/// nothing.
public final class Transcript: ShellOutput {
    /// Where the console text also goes (the terminal).
    public let console: any ShellOutput
    private var file: FileHandle?
    private let path: String

    /// Creates or truncates `path` and copies `console`'s text into it from now on.
    public init(path: String, console: any ShellOutput) throws {
        file = try OutputFile.create(path, what: "transcript")
        self.console = console
        self.path = path
    }

    /// Writes to the console and the file.
    public func write(_ text: String) {
        console.write(text)
        append(text)
    }

    /// Writes a typed line (already shown by the terminal) to the file only.
    public func recordInput(_ line: String) {
        console.recordInput(line)
        append(line + "\n")
    }

    /// Closes the file; `console` goes on being the session's output once the caller puts it
    /// back (`session.output = transcript.console`).
    public func close() {
        try? file?.close()
        file = nil
    }

    /// Appends to the file; when it cannot take more (a full disk), says so once on the console
    /// and stops copying, rather than ending the program.
    private func append(_ text: String) {
        guard let file else { return }
        do {
            try file.write(contentsOf: Data(text.utf8))
        } catch {
            close()
            console.write(
                "Error: transcript \(path) cannot be written (\(error.localizedDescription)); "
                    + "the transcript is stopped\n")
        }
    }
}
