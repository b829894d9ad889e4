import Foundation
import RunHistory
import Testing

/// `HistoryMerge` when a shard moves on after it was merged: the target's copy of a run is
/// replaced (same id, once), never added a second time; and a run still `running` whose
/// writer is known to have ended is merged `interrupted`, ending at its last commit.
@Suite struct HistoryMergeUpdateTests {
    @Test func aRunMergedWhileRunningIsUpdatedInPlaceWhenItsShardMovesOn() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let shardPath = scratch.file("shard.db")
        let target = scratch.file("merged.db")
        let shard = try HistoryDatabase(path: shardPath)
        // This process is the run's writer: alive, on this host, so the merge cannot call it dead.
        let logger = try shard.beginRun(
            SyntheticHistory.description(), commitPolicy: CommitPolicy(iterations: 1000))
        for iteration in 1...10 { try logger.append(SyntheticHistory.sample(iteration)) }
        try logger.flush()

        let first = try HistoryMerge.merge(sources: [shardPath], into: target)
        #expect(first == HistoryMerge.Summary(copied: 1))
        var copy = try #require(try HistoryDatabase(path: target).runs().first)
        #expect(copy.status == .running && copy.iterations == 10 && copy.endTime == nil)

        for iteration in 11...20 { try logger.append(SyntheticHistory.sample(iteration)) }
        try logger.finish(status: .converged, convergedAt: 20, wallSeconds: 1.5)
        let second = try HistoryMerge.merge(sources: [shardPath], into: target)
        #expect(second == HistoryMerge.Summary(updated: 1))
        let merged = try HistoryDatabase(path: target)
        let runs = try merged.runs()
        #expect(runs.count == 1 && runs.first?.id == copy.id)
        copy = try #require(runs.first)
        let source = try #require(try shard.runs().first)
        #expect(copy.status == .converged && copy.iterations == 20 && copy.convergedAt == 20)
        #expect(copy.endTime == source.endTime && copy.wallSeconds == 1.5)
        #expect(try merged.iterations(runID: copy.id) == (1...20).map(SyntheticHistory.sample))
        #expect(try merged.criteria(runID: copy.id).count == 2)
        #expect(try merged.runs(matching: RunFilter(parameters: ["Re": "100"])).count == 1)
        #expect(try merged.integrityCheck() == "ok")

        let third = try HistoryMerge.merge(sources: [shardPath], into: target)
        #expect(third == HistoryMerge.Summary(duplicates: 1))
    }

    @Test func aRunningRunWhoseWritersEndedIsMergedInterruptedAtItsLastCommit() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let shardPath = scratch.file("shard.db")
        let target = scratch.file("merged.db")
        let shard = try HistoryDatabase(path: shardPath)
        let start = ProcessIdentity.now()
        let logger = try shard.beginRun(
            SyntheticHistory.description(startTime: start),
            commitPolicy: CommitPolicy(iterations: 1000))
        for iteration in 1...7 { try logger.append(SyntheticHistory.sample(iteration)) }
        try logger.flush()
        let committedBy = ProcessIdentity.now()
        // Two more iterations buffered, never committed: the writer "dies" here.
        for iteration in 8...9 { try logger.append(SyntheticHistory.sample(iteration)) }
        usleep(50_000)

        let summary = try HistoryMerge.merge(
            sources: [shardPath], into: target, writersEnded: true)
        #expect(summary == HistoryMerge.Summary(copied: 1))
        let merged = try HistoryDatabase(path: target)
        let run = try #require(try merged.runs().first)
        #expect(run.status == .interrupted && run.iterations == 7)
        let end = try #require(run.endTime)
        #expect(end >= start && end <= committedBy)
        #expect(run.wallSeconds == end - start)
        #expect(try merged.iterations(runID: run.id).map(\.iteration) == Array(1...7))
        // The shard itself is not written: it still says running.
        #expect(try shard.runs().first?.status == .running)
        // Merging it again without the flag keeps the closed copy (the shard has not moved on).
        #expect(
            try HistoryMerge.merge(sources: [shardPath], into: target)
                == HistoryMerge.Summary(duplicates: 1))
        try logger.finish(status: .interrupted)
    }
}
