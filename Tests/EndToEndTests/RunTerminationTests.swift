import Foundation
import RunHistory
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `courant run` stopped as a scheduler stops it: SIGTERM (`scancel`, a time limit, the batch
/// that started it ending) or SIGUSR1 (`#SBATCH --signal`). The run ends after its current
/// iteration with every computed iteration committed, is closed `interrupted` with its own end
/// time, and exits 143 (Ctrl-C, SIGINT, stays 130: `JournalInterruptTests`).
@Suite struct RunTerminationTests {
    @Test(arguments: [SIGTERM, SIGUSR1])
    func aTerminationSignalClosesTheRunInterruptedWithExit143(signal: Int32) throws {
        let folder = try ScratchFolder("termination")
        defer { folder.remove() }
        let history = folder.file("history.db")
        let (run, committed) = try LongRun.startCommitted(in: folder, history: history)
        let signalled = ProcessIdentity.now()
        kill(run.process.processIdentifier, signal)
        try run.wait(timeout: 30)
        #expect(run.status == 143, "exit \(run.status): \(run.standardError)")
        let console = run.standardOutput + run.standardError
        #expect(console.contains("Calculation interrupted"))

        let after = try HistorySnapshot(path: history)
        let record = try #require(after.runs.first)
        #expect(record.status == .interrupted)
        #expect(record.iterations >= committed && record.iterations < 100_000)
        #expect(after.iterations[record.id] == Array(1...record.iterations))
        let end = try #require(record.endTime)
        #expect(end >= signalled && end <= ProcessIdentity.now())
        #expect(record.wallSeconds != nil)
    }
}
