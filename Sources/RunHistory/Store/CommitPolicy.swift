/// When a `RunLogger` commits its buffered iterations: after `iterations` iterations or
/// `seconds` seconds since the last commit, whichever comes first, and always at `finish`.
///
/// A killed run loses at most the iterations since the last commit; the defaults bound that to
/// 50 iterations or 2 s while keeping commits (one fsync-free WAL append each) rare enough that
/// logging stays far below 2% of solver time.
public struct CommitPolicy: Sendable, Equatable {
    /// Commit after this many buffered iterations (≥ 1).
    public var iterations: Int
    /// Commit when this many seconds have passed since the last commit.
    public var seconds: Double

    /// A policy; `iterations` is clamped to at least 1.
    public init(iterations: Int = 50, seconds: Double = 2) {
        self.iterations = max(1, iterations)
        self.seconds = seconds
    }
}
