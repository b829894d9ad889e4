/// A failure of the terminal driver or of the program it drives, with what the screen showed,
/// so a failed end-to-end test says what the user would have seen.
struct TerminalError: Error, CustomStringConvertible {
    /// What went wrong, in one line.
    var message: String
    /// The transcript (scrollback and screen) at the time, empty when there was none.
    var screen: String

    init(_ message: String, screen: String = "") {
        self.message = message
        self.screen = screen
    }

    var description: String {
        screen.isEmpty ? message : message + "\n--- screen ---\n" + screen + "\n--------------"
    }
}
