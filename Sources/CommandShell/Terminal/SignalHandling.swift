import Foundation

/// Ctrl-C handling: SIGINT raises `InterruptFlag.process` instead of killing the program.
///
/// While a command runs, long loops poll the flag (`/solve/iterate` stops after the current
/// iteration). While readline waits for a key, the interrupted read returns (no `SA_RESTART`)
/// and `ReadlineEditor` clears the line or abandons the prompt.
public enum SignalHandling {
    /// The signals that stop a batch run the way Ctrl-C does, besides SIGINT: SIGTERM (the batch
    /// that started the run ended, `scancel`, a scheduler's time limit, `kill`) and SIGUSR1 (the
    /// warning Slurm sends ahead of the time limit with `#SBATCH --signal=B:USR1@SECONDS`).
    public static let terminationSignals: [Int32] = [SIGTERM, SIGUSR1]

    /// The exit status of a batch run stopped by one of `terminationSignals`: 143, what a shell
    /// reports for a process SIGTERM ended (128 + 15), so a scheduler's accounting reads the same
    /// whether or not the run caught the signal. Ctrl-C gives 130 (128 + SIGINT).
    public static let terminationExitCode: Int32 = 143

    /// Installs the SIGINT handler for the whole process; with `terminationInterrupts`, the
    /// `terminationSignals` are handled the same way (a batch run stopped by its batch or a
    /// scheduler ends after the iteration in progress with its history closed, rather than
    /// mid-write). The flag remembers which signal raised it.
    public static func install(terminationInterrupts: Bool = false) {
        let signals = [SIGINT] + (terminationInterrupts ? terminationSignals : [])
        var action = sigaction()
        action.__sigaction_handler.sa_handler = onInterrupt
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        for signal in signals { sigaction(signal, &action, nil) }
        // A blocked signal is never handled, and the mask is inherited: a program started from
        // a thread that blocks signals (a dispatch worker, some schedulers) would otherwise
        // never see Ctrl-C or SIGTERM.
        var handled = sigset_t()
        sigemptyset(&handled)
        for signal in signals { sigaddset(&handled, signal) }
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
    }

    /// Whether the pending interrupt came from one of `terminationSignals` rather than Ctrl-C.
    public static var interruptIsTermination: Bool {
        terminationSignals.contains(InterruptFlag.process.signal)
    }
}

/// The handler of SIGINT and the termination signals: two atomic stores, async-signal-safe.
private func onInterrupt(_ signal: Int32) {
    InterruptFlag.process.raise(by: signal)
}
