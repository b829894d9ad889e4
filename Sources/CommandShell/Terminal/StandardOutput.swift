import Foundation

/// Console text to the process's standard output, written unbuffered to the file descriptor so
/// that output and prompts interleave correctly with readline and with `tee`.
public final class StandardOutput: ShellOutput {
    /// Makes the writer.
    public init() {}

    /// Writes immediately.
    public func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
