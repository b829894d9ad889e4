import Synchronization

/// A flag set by Ctrl-C (SIGINT) and polled by long commands, e.g. `/solve/iterate` stops after
/// the current iteration and reports `Calculation interrupted`.
///
/// Atomic so that a signal handler may set it while the main thread reads it.
public final class InterruptFlag: Sendable {
    private let raised = Atomic<Bool>(false)

    /// The flag the process's SIGINT handler sets (see `SignalHandling.install`).
    public static let process = InterruptFlag()

    /// Makes a lowered flag.
    public init() {}

    /// Whether an interrupt is pending.
    public var isRaised: Bool { raised.load(ordering: .acquiring) }

    /// Raises the flag (async-signal-safe: one atomic store).
    public func raise() { raised.store(true, ordering: .releasing) }

    /// Lowers the flag, returning whether it was raised.
    @discardableResult
    public func lower() -> Bool { raised.exchange(false, ordering: .acquiringAndReleasing) }
}
