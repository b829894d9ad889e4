import CommandShell
import RunHistory

/// The exit status of `courant run`, which is how a batch learns each run's outcome:
///
/// | code | meaning |
/// |------|---------|
/// | 0 | converged |
/// | 1 | input error (bad journal, unknown `--set` name, unreadable mesh) |
/// | 2 | diverged |
/// | 3 | iteration limit reached without convergence |
/// | 4 | stalled |
/// | 5 | abandoned (stopped on purpose, e.g. on the surrogate's prediction) |
/// | 130 | interrupted by Ctrl-C (SIGINT, the shell's convention) |
/// | 143 | interrupted by SIGTERM or SIGUSR1 (its batch ended, `scancel`, a time limit) |
///
/// Any other exit status, a signal, or a program that cannot start is a failed run.
public enum RunExitCode {
    /// The exit status `courant run` uses for a run that ended with `status`.
    public static func code(for status: RunStatus) -> Int32 {
        switch status {
        case .converged: 0
        case .failed, .running: 1
        case .diverged: 2
        case .notConverged: 3
        case .stalled: 4
        case .abandoned: 5
        case .interrupted: 130
        }
    }

    /// The run status a process ending this way stands for, and a note when it failed.
    public static func status(of termination: WorkerTermination) -> (
        status: RunStatus, note: String?
    ) {
        switch termination {
        case .exited(0): (.converged, nil)
        case .exited(1): (.failed, "input error")
        case .exited(2): (.diverged, nil)
        case .exited(3): (.notConverged, nil)
        case .exited(4): (.stalled, nil)
        case .exited(5): (.abandoned, nil)
        case .exited(130), .exited(SignalHandling.terminationExitCode): (.interrupted, nil)
        case .exited(let code): (.failed, "exit \(code)")
        case .signalled(let signal): (.failed, "signal \(signal)")
        case .notStarted(let reason): (.failed, reason)
        }
    }
}
