/// Where the shell writes console text (command output, help, errors, prompts).
public protocol ShellOutput: AnyObject {
    /// Writes `text` as is; callers include their own newlines.
    func write(_ text: String)
}
