import Foundation
import RunHistory
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct HistoryCrashTests {
    /// A writer process logs synthetic iterations (commit every 10) until it is killed with
    /// SIGKILL mid-run; the reopened history must hold every iteration the parent saw committed,
    /// with no gap, mark the run interrupted, and pass `PRAGMA integrity_check`.
    @Test func killedWriterKeepsEveryCommittedIterationAndIsMarkedInterrupted() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let path = scratch.file("h.db")
        _ = try HistoryDatabase(path: path)
        let writer = try WriterProcess.start(path: path, label: "0", iterations: 0, commitEvery: 10)
        let seen = try committedIterations(at: path, reaching: 300, within: .seconds(60))
        kill(writer.processIdentifier, SIGKILL)
        writer.waitUntilExit()
        #expect(seen >= 300, "the writer committed \(seen) iterations before the deadline")
        #expect(writer.terminationReason == .uncaughtSignal)
        #expect(writer.terminationStatus == SIGKILL)

        let reopened = try HistoryDatabase(path: path)
        #expect(try reopened.integrityCheck() == "ok")
        let run = try #require(try reopened.runs().first)
        #expect(run.status == .interrupted)
        #expect(run.pid == Int(writer.processIdentifier))
        let iterations = try reopened.iterations(runID: run.id)
        #expect(iterations.count >= Int(seen))
        #expect(run.iterations == iterations.count)
        #expect(iterations == (1...iterations.count).map(SyntheticHistory.sample))
    }

    /// The highest committed iteration once it reaches `target`, or what it is at `timeout`.
    private func committedIterations(
        at path: String, reaching target: Int64, within timeout: Duration
    ) throws -> Int64 {
        let observer = try SQLiteConnection(path: path, mode: .readOnly)
        observer.setBusyTimeout(milliseconds: 5_000)
        var seen: Int64 = 0
        let deadline = ContinuousClock.now + timeout
        while seen < target && ContinuousClock.now < deadline {
            usleep(5_000)
            seen =
                (try? observer.integer("SELECT coalesce(max(iteration), 0) FROM residual"))
                ?? seen
        }
        return seen
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
    /// Four writer processes create one new database at the same moment (racing through the
    /// migrations) and log 150 iterations each, committing every 5: WAL and the busy timeout
    /// must let all of them finish with every iteration stored.
    @Test func concurrentWriterProcessesAllLandInOneDatabase() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let path = scratch.file("shared.db")
        let writers = try (0..<4).map {
            try WriterProcess.start(path: path, label: "\($0)", iterations: 150, commitEvery: 5)
        }
        for writer in writers { writer.waitUntilExit() }
        for (label, writer) in writers.enumerated() {
            #expect(
                writer.terminationStatus == 0,
                "writer \(label): \(WriterProcess.failureLines(path: path, label: "\(label)"))")
        }
        let database = try HistoryDatabase(path: path)
        #expect(try database.integrityCheck() == "ok")
        let runs = try database.runs()
        #expect(Set(runs.compactMap { $0.parameters["writer"] }) == ["0", "1", "2", "3"])
        for run in runs {
            #expect(run.status == .converged)
            let expected = (1...150).map(SyntheticHistory.sample)
            #expect(try database.iterations(runID: run.id) == expected)
        }
    }
}
