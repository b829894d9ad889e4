import Foundation

/// A tee of all console text to a file, with the lines the user typed after their prompts
/// (Fluent's `/file/start-transcript`). Each write goes to the file at once, so a crash loses
/// nothing.
public final class Transcript: ShellOutput {
    /// Where the console text also goes (the terminal).
    public let console: any ShellOutput
    private let file: FileHandle

    /// Creates or truncates `path` and copies `console`'s text into it from now on.
    public init(path: String, console: any ShellOutput) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let file = FileHandle(forWritingAtPath: path)
        else {
            throw ShellError("cannot create transcript '\(path)'")
        }
        self.console = console
        self.file = file
    }

    /// Writes to the console and the file.
    public func write(_ text: String) {
        console.write(text)
        file.write(Data(text.utf8))
    }

    /// Writes a typed line (already shown by the terminal) to the file only.
    public func recordInput(_ line: String) {
        console.recordInput(line)
        file.write(Data((line + "\n").utf8))
    }

    /// Closes the file; `console` goes on being the session's output once the caller puts it
    /// back (`session.output = transcript.console`).
    public func close() {
        try? file.close()
    }
}
