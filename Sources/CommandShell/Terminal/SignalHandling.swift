import Foundation

/// Ctrl-C handling: SIGINT raises `InterruptFlag.process` instead of killing the program.
///
/// While a command runs, long loops poll the flag (`/solve/iterate` stops after the current
/// iteration). While readline waits for a key, the interrupted read returns (no `SA_RESTART`)
/// and `ReadlineEditor` clears the line or abandons the prompt.
public enum SignalHandling {
    /// Installs the SIGINT handler for the whole process.
    public static func install() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = onInterrupt
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }
}

/// The SIGINT handler: one atomic store, async-signal-safe.
private func onInterrupt(_ signal: Int32) {
    InterruptFlag.process.raise()
}
