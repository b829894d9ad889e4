import Foundation
import RunHistory
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct HistoryCrashTests {
    /// A forked child logs synthetic iterations (commit every 10) until it is killed with
    /// SIGKILL mid-run; the reopened history must hold every iteration the parent saw committed,
    /// with no gap, mark the run interrupted, and pass `PRAGMA integrity_check`.
    @Test func killedWriterKeepsEveryCommittedIterationAndIsMarkedInterrupted() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let path = scratch.file("h.db")
        _ = try HistoryDatabase(path: path)

        let child = fork()
        if child == 0 {
            // Child: log forever; only SIGKILL ends it.
            if let database = try? HistoryDatabase(path: path),
                let logger = try? database.beginRun(
                    SyntheticHistory.description(), commitPolicy: CommitPolicy(iterations: 10))
            {
                var iteration = 1
                while (try? logger.append(SyntheticHistory.sample(iteration))) != nil {
                    iteration += 1
                    usleep(200)
                }
            }
            _exit(3)
        }
        try #require(child > 0)

        let observer = try SQLiteConnection(path: path, mode: .readOnly)
        observer.setBusyTimeout(milliseconds: 5_000)
        var seen: Int64 = 0
        let deadline = ContinuousClock.now + .seconds(60)
        while seen < 300 && ContinuousClock.now < deadline {
            usleep(5_000)
            seen =
                (try? observer.integer(
                    "SELECT coalesce(max(iteration), 0) FROM residual")) ?? seen
        }
        kill(child, SIGKILL)
        var status: Int32 = 0
        waitpid(child, &status, 0)
        #expect(seen >= 300, "the child committed \(seen) iterations before the deadline")
        // WIFSIGNALED / WTERMSIG: the low 7 bits hold the terminating signal.
        #expect(status & 0x7f == SIGKILL)

        let reopened = try HistoryDatabase(path: path)
        #expect(try reopened.integrityCheck() == "ok")
        let run = try #require(try reopened.runs().first)
        #expect(run.status == .interrupted)
        #expect(run.pid == Int(child))
        let iterations = try reopened.iterations(runID: run.id)
        #expect(iterations.count >= Int(seen))
        #expect(run.iterations == iterations.count)
        #expect(iterations == (1...iterations.count).map(SyntheticHistory.sample))
    }

    @Test func runOfALiveProcessStaysRunningOnReopen() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let path = scratch.file("h.db")
        let database = try HistoryDatabase(path: path)
        let logger = try database.beginRun(SyntheticHistory.description())
        try logger.append(SyntheticHistory.sample(1))
        try logger.flush()
        let second = try HistoryDatabase(path: path)
        #expect(try second.run(id: logger.runID).status == .running)
        #expect(try second.run(id: logger.runID).iterations == 1)
    }
}

@Suite struct HistoryConcurrencyTests {
    /// Four forked processes create one new database at the same moment (racing through the
    /// migrations) and log 150 iterations each, committing every 5: WAL and the busy timeout
    /// must let all of them finish with every iteration stored.
    @Test func concurrentWriterProcessesAllLandInOneDatabase() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let path = scratch.file("shared.db")
        var children: [pid_t] = []
        for writer in 0..<4 {
            let child = fork()
            if child == 0 {
                let logged =
                    (try? { () throws -> Bool in
                        let database = try HistoryDatabase(path: path)
                        let logger = try database.beginRun(
                            SyntheticHistory.description(parameters: ["writer": "\(writer)"]),
                            commitPolicy: CommitPolicy(iterations: 5))
                        for iteration in 1...150 {
                            try logger.append(SyntheticHistory.sample(iteration))
                        }
                        try logger.finish(status: .converged, convergedAt: 150)
                        return true
                    }()) ?? false
                _exit(logged ? 0 : 1)
            }
            children.append(child)
        }
        for child in children {
            var status: Int32 = 0
            waitpid(child, &status, 0)
            #expect(status == 0, "writer process \(child) failed")
        }
        let database = try HistoryDatabase(path: path)
        #expect(try database.integrityCheck() == "ok")
        let runs = try database.runs()
        #expect(Set(runs.compactMap { $0.parameters["writer"] }) == ["0", "1", "2", "3"])
        for run in runs {
            #expect(run.status == .converged)
            #expect(
                try database.iterations(runID: run.id) == (1...150).map(SyntheticHistory.sample))
        }
    }
}
