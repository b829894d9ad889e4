import Foundation
import RunHistory
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `courant history merge` run on another node than the one a killed run was computed on
/// (simulated with `unshare --uts` and another host name, as root): the run's pid cannot be
/// checked from there, so it is merged `running`, then updated once its shard says how it
/// ended; with `--writers-ended` (the Slurm merge step) it is merged `interrupted` at once.
/// Either way it ends when it last committed, not when the merge ran.
@Suite struct HistoryMergeFromAnotherNodeTests {
    @Test func aRunKilledOnOneNodeIsMergedOnAnotherAsInterruptedAtItsLastCommit() throws {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare")
        else {
            try Test.cancel("another host name needs root and unshare (util-linux)")
        }
        let folder = try ScratchFolder("merge-other-node")
        defer { folder.remove() }
        let courant = try CourantBinary.path()
        let otherNode = { (arguments: String) throws -> CourantInvocation in
            try CourantInvocation.run(
                ["--uts", "/bin/sh", "-c", "hostname node-b && exec \"$0\" \(arguments)", courant],
                in: folder.path, executable: "/usr/bin/unshare")
        }
        for (shard, flag) in [("a.db", ""), ("b.db", " --writers-ended")] {
            let killedAt = try Self.killMidRun(in: folder, shard: folder.file(shard))
            let target = folder.file("merged-\(shard)")
            let merge = try otherNode("history merge \(shard) --into \(target)\(flag)")
            #expect(merge.status == 0, "\(merge.standardError)")
            #expect(merge.standardOutput.contains(": 1 runs copied, 0 updated, 0 already there"))
            // Read only: opened for writing here, on the run's own host, it would be closed.
            var copy = try #require(try HistoryDatabase(readingExisting: target).runs().first)
            if flag.isEmpty {
                // Unknowable from node-b: still running; then the shard is opened where the run
                // was computed, which finds its pid dead, and node-b merges the change.
                #expect(copy.status == .running && copy.endTime == nil)
                _ = try HistoryDatabase(path: folder.file(shard))
                let update = try otherNode("history merge \(shard) --into \(target)")
                #expect(update.standardOutput.contains(": 0 runs copied, 1 updated, 0 already"))
                copy = try #require(try HistoryDatabase(readingExisting: target).runs().first)
            }
            let committed = try HistoryDatabase(path: folder.file(shard)).iterations(
                runID: 1)
            #expect(copy.status == .interrupted, "\(shard)")
            #expect(copy.host != "node-b" && copy.iterations == committed.count)
            #expect(copy.iterations > 0)
            let end = try #require(copy.endTime)
            #expect(end > copy.startTime && end <= killedAt, "ends at its last commit")
            #expect(copy.wallSeconds == end - copy.startTime)
            let again = try otherNode("history merge \(shard) --into \(target)\(flag)")
            #expect(again.standardOutput.contains(": 0 runs copied, 0 updated, 1 already there"))
        }
    }

    /// Starts a run logging to `shard`, kills it (SIGKILL: nothing closes it) once it has
    /// committed iterations, and returns the time of the kill.
    private static func killMidRun(in folder: ScratchFolder, shard: String) throws -> Double {
        let (run, _) = try LongRun.startCommitted(in: folder, history: shard)
        let killedAt = ProcessIdentity.now()
        kill(run.process.processIdentifier, SIGKILL)
        try run.wait(timeout: 10)
        try #require(run.process.terminationReason == .uncaughtSignal)
        return killedAt
    }
}
