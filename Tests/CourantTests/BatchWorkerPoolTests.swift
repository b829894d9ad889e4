import Courant
import Foundation
import RunHistory
import Testing

@Suite struct BatchWorkerPoolTests {
    /// Real processes ending every way `courant run` can: each maps to its run status, and a
    /// crash or a missing program fails only its own job.
    @Test func exitCodesAndCrashesMapToRunStatuses() {
        let codes: [(String, RunStatus, String?)] = [
            ("exit 0", .converged, nil), ("exit 1", .failed, "input error"),
            ("exit 2", .diverged, nil), ("exit 3", .notConverged, nil), ("exit 4", .stalled, nil),
            ("exit 5", .abandoned, nil), ("exit 9", .failed, "exit 9"),
            ("kill -SEGV $$", .failed, "signal 11"),
        ]
        var jobs = codes.map { WorkerJob(executable: "/bin/sh", arguments: ["-c", $0.0]) }
        jobs.append(WorkerJob(executable: "/nonexistent/courant", arguments: []))
        let outcomes = WorkerPool(concurrency: 3).run(jobs)
        #expect(outcomes.map(\.jobIndex) == Array(0..<jobs.count))
        for (outcome, expected) in zip(outcomes, codes) {
            let (status, note) = RunExitCode.status(of: outcome.termination)
            #expect(status == expected.1 && note == expected.2, "\(expected.0)")
        }
        #expect(
            outcomes.last?.termination
                == .notStarted("/nonexistent/courant: not an executable file"))
        #expect(RunExitCode.status(of: outcomes[8].termination).status == .failed)
    }

    @Test func neverRunsMoreThanItsConcurrencyAtOnce() {
        let jobs = (0..<6).map { _ in WorkerJob(executable: "/bin/sleep", arguments: ["0.3"]) }
        var mostRunning = 0
        var states: [WorkerPoolProgress] = []
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            _ = WorkerPool(concurrency: 2).run(jobs) { state in
                mostRunning = max(mostRunning, state.running)
                states.append(state)
            }
        }
        #expect(mostRunning == 2)
        // Three waves of 0.3 s, well under the 1.8 s that running them one by one would take.
        #expect(elapsed >= .milliseconds(900) && elapsed < .milliseconds(1600))
        #expect(
            states.last
                == WorkerPoolProgress(
                    total: 6, finished: 6, running: 0, nonZero: 0,
                    elapsed: states.last?.elapsed ?? 0))
        // While runs are waiting, both workers are busy in every state shown: the display never
        // reports "1 running" in the moment between one run's end and the next one's start.
        for state in states where state.finished + 2 <= state.total {
            #expect(state.running == 2, "\(state)")
        }
        #expect(states.first?.running == 2)
    }

    /// A worker learns the batch's pid from `COURANT_BATCH_PID`, which `WorkerLifeline` uses to
    /// die with the batch.
    @Test func workersAreToldTheirBatchsPid() throws {
        let scratch = try BatchScratch()
        defer { scratch.remove() }
        let job = WorkerJob(
            executable: "/bin/sh", arguments: ["-c", "echo $COURANT_BATCH_PID $PPID"],
            logPath: scratch.file("pid.log"))
        _ = WorkerPool(concurrency: 1).run([job])
        let words = try String(contentsOfFile: scratch.file("pid.log"), encoding: .utf8)
            .split(whereSeparator: \.isWhitespace)
        #expect(words == ["\(getpid())", "\(getpid())"])
    }

    @Test func eachJobsOutputGoesToItsOwnLog() throws {
        let scratch = try BatchScratch()
        defer { scratch.remove() }
        let jobs = (0..<3).map { index in
            WorkerJob(
                executable: "/bin/sh",
                arguments: ["-c", "echo out \(index); echo err \(index) >&2"],
                logPath: scratch.file("run-\(index).log"))
        }
        _ = WorkerPool(concurrency: 3).run(jobs)
        for index in 0..<3 {
            let log = try String(contentsOfFile: scratch.file("run-\(index).log"), encoding: .utf8)
            #expect(log == "out \(index)\nerr \(index)\n")
        }
    }

    @Test func progressBarShowsCountsAndEstimatesTimeLeft() {
        let bar = BatchProgressBar(width: 10)
        let midway = WorkerPoolProgress(total: 8, finished: 2, running: 2, nonZero: 1, elapsed: 30)
        #expect(
            bar.line(midway, skipped: 3)
                == "[##........]  2/8 done  2 running  1 failed  3 skipped  ETA 1 min 30 s")
        let done = WorkerPoolProgress(total: 8, finished: 8, running: 0, nonZero: 0, elapsed: 12.34)
        #expect(
            bar.line(done, skipped: 0) == "[##########]  8/8 done  0 running  0 failed  in 12.3 s")
    }
}
