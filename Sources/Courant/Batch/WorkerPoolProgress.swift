/// The pool's state, passed to the progress callback whenever it changes.
public struct WorkerPoolProgress: Sendable, Equatable {
    /// Jobs in the pool.
    public var total: Int
    /// Jobs ended (successfully or not).
    public var finished: Int
    /// Jobs running now.
    public var running: Int
    /// Ended jobs that reached no outcome (crashed, input error, interrupted).
    public var nonZero: Int
    /// Seconds since the pool started.
    public var elapsed: Double

    /// A state from its counts.
    public init(total: Int, finished: Int, running: Int, nonZero: Int, elapsed: Double) {
        self.total = total
        self.finished = finished
        self.running = running
        self.nonZero = nonZero
        self.elapsed = elapsed
    }

    /// Whether the counts (not the elapsed time) equal `other`'s.
    func sameCounts(as other: WorkerPoolProgress) -> Bool {
        total == other.total && finished == other.finished && running == other.running
            && nonZero == other.nonZero
    }
}
