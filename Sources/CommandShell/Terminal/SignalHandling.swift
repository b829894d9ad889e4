import Foundation

/// Ctrl-C handling: SIGINT raises `InterruptFlag.process` instead of killing the program.
///
/// While a command runs, long loops poll the flag (`/solve/iterate` stops after the current
/// iteration). While readline waits for a key, the interrupted read returns (no `SA_RESTART`)
/// and `ReadlineEditor` clears the line or abandons the prompt.
public enum SignalHandling {
    /// Installs the SIGINT handler for the whole process; with `terminationInterrupts`, SIGTERM
    /// is handled the same way (a batch run stopped by its batch, a scheduler, or `kill`, ends
    /// after the iteration in progress with its history closed, rather than mid-write).
    public static func install(terminationInterrupts: Bool = false) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = onInterrupt
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        if terminationInterrupts { sigaction(SIGTERM, &action, nil) }
        // A blocked signal is never handled, and the mask is inherited: a program started from
        // a thread that blocks signals (a dispatch worker, some schedulers) would otherwise
        // never see Ctrl-C or SIGTERM.
        var handled = sigset_t()
        sigemptyset(&handled)
        sigaddset(&handled, SIGINT)
        if terminationInterrupts { sigaddset(&handled, SIGTERM) }
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
    }
}

/// The SIGINT handler: one atomic store, async-signal-safe.
private func onInterrupt(_ signal: Int32) {
    InterruptFlag.process.raise()
}
