import Synchronization

/// A flag set by Ctrl-C (SIGINT) and polled by long commands, e.g. `/solve/iterate` stops after
/// the current iteration and reports `Calculation interrupted`.
///
/// Atomic so that a signal handler may set it while the main thread reads it. The flag also
/// keeps the number of the signal that raised it, so a batch run can tell Ctrl-C (SIGINT) from
/// a scheduler's stop (SIGTERM, SIGUSR1) when it picks its exit code.
public final class InterruptFlag: Sendable {
    private let raised = Atomic<Bool>(false)
    private let raisingSignal = Atomic<Int32>(0)

    /// The flag the process's signal handler sets (see `SignalHandling.install`).
    public static let process = InterruptFlag()

    /// Makes a lowered flag.
    public init() {}

    /// Whether an interrupt is pending.
    public var isRaised: Bool { raised.load(ordering: .acquiring) }

    /// The signal that last raised the flag (`SIGINT`, `SIGTERM`, ...); 0 when none has, or when
    /// it was raised by `raise()` without one.
    public var signal: Int32 { raisingSignal.load(ordering: .acquiring) }

    /// Raises the flag (async-signal-safe: one atomic store).
    public func raise() { raised.store(true, ordering: .releasing) }

    /// Raises the flag on behalf of `signal` (async-signal-safe: two atomic stores).
    public func raise(by signal: Int32) {
        raisingSignal.store(signal, ordering: .releasing)
        raised.store(true, ordering: .releasing)
    }

    /// Lowers the flag, returning whether it was raised.
    @discardableResult
    public func lower() -> Bool { raised.exchange(false, ordering: .acquiringAndReleasing) }
}
