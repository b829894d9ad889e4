import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs jobs as child processes, at most `concurrency` at a time, each isolated: one crashing
/// or failing to start does not affect the others.
///
/// The pool polls its own children with `waitpid(pid, WNOHANG)` (never `waitpid(-1)`, which would
/// reap processes other code in this process started) every `pollInterval` seconds.
public struct WorkerPool: Sendable {
    /// Processes at once (≥ 1).
    public var concurrency: Int
    /// Seconds between polls of running children.
    public var pollInterval: Double

    /// A pool; `concurrency` defaults to the number of cores.
    public init(
        concurrency: Int = ProcessInfo.processInfo.activeProcessorCount, pollInterval: Double = 0.02
    ) {
        self.concurrency = max(1, concurrency)
        self.pollInterval = pollInterval
    }

    /// Runs every job and returns their outcomes in job order. `progress` is called on the
    /// calling thread once the first jobs have started and whenever the counts change, each time
    /// after freed slots have been refilled.
    public func run(
        _ jobs: [WorkerJob], progress: (WorkerPoolProgress) -> Void = { _ in }
    ) -> [WorkerOutcome] {
        let clock = ContinuousClock()
        let poolStart = clock.now
        var outcomes: [WorkerOutcome?] = Array(repeating: nil, count: jobs.count)
        var running: [(job: Int, pid: pid_t, start: ContinuousClock.Instant)] = []
        var next = 0
        var finished = 0
        var nonZero = 0
        func record(_ job: Int, _ termination: WorkerTermination, _ start: ContinuousClock.Instant)
        {
            outcomes[job] = WorkerOutcome(
                jobIndex: job, termination: termination, seconds: Self.seconds(clock.now - start))
            finished += 1
            // Only runs that reached no outcome count as failed; a run that stopped at its
            // iteration limit, diverged or stalled has a result (its exit code says which).
            if !RunExitCode.status(of: termination).status.isCompleted { nonZero += 1 }
        }
        // One report per change, taken after the pool is refilled, so the display never shows
        // a worker slot that is only empty between one run's end and the next one's start.
        var reported: WorkerPoolProgress?
        while true {
            while running.count < concurrency && next < jobs.count {
                let start = clock.now
                switch Self.spawn(jobs[next]) {
                case .success(let pid): running.append((next, pid, start))
                case .failure(let error): record(next, .notStarted(error.message), start)
                }
                next += 1
            }
            let state = WorkerPoolProgress(
                total: jobs.count, finished: finished, running: running.count, nonZero: nonZero,
                elapsed: Self.seconds(clock.now - poolStart))
            if reported.map({ !$0.sameCounts(as: state) }) ?? true {
                progress(state)
                reported = state
            }
            if finished == jobs.count { break }
            var stillRunning: [(job: Int, pid: pid_t, start: ContinuousClock.Instant)] = []
            for child in running {
                var status: Int32 = 0
                let reaped = waitpid(child.pid, &status, WNOHANG)
                if reaped == child.pid {
                    record(child.job, Self.termination(status), child.start)
                } else if reaped == -1 && errno != EINTR {
                    record(child.job, .notStarted("lost track of pid \(child.pid)"), child.start)
                } else {
                    stillRunning.append(child)
                }
            }
            if stillRunning.count == running.count { usleep(useconds_t(pollInterval * 1e6)) }
            running = stillRunning
        }
        return outcomes.enumerated().map { index, outcome in
            outcome
                ?? WorkerOutcome(jobIndex: index, termination: .notStarted("never run"), seconds: 0)
        }
    }

    /// Decodes a `waitpid` status: exit status in bits 8-15, or the terminating signal in the
    /// low 7 bits (the WIFEXITED / WEXITSTATUS / WTERMSIG macros, which Swift cannot import).
    static func termination(_ status: Int32) -> WorkerTermination {
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
