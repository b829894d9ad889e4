import Foundation

/// Console text to the process's standard output, written unbuffered to the file descriptor so
/// that output and prompts interleave correctly with readline and with `tee`.
public final class StandardOutput: ShellOutput {
    /// Makes the writer.
    public init() {}

    /// Writes immediately. Output that cannot be written (standard output redirected to a full
    /// disk) is dropped rather than ending the program: the run and its history go on.
    public func write(_ text: String) {
        try? FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
    }
}
