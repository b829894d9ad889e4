/// What happened to one job of the pool.
public struct WorkerOutcome: Sendable, Equatable {
    /// The job's position in the list given to the pool.
    public var jobIndex: Int
    /// How the process ended.
    public var termination: WorkerTermination
    /// Wall-clock seconds from start to end.
    public var seconds: Double
}
