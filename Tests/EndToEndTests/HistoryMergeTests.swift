import Foundation
import RunHistory
import Testing

extension SmallSweepTests {
    /// `courant history merge` as the Slurm merge step uses it: every run copied with its full
    /// history, merging again adds nothing, and a target that is not a history is not touched.
    @Suite struct HistoryMergeTests {
        @Test func mergeCopiesEveryRunOnceAndAgainAddsNothing() throws {
            let sweep = try SmallSweep.shared
            let folder = try ScratchFolder("merge")
            defer { folder.remove() }
            let shard = folder.file("shard.db")
            let shardSweep = try folder.write(
                "journal \(CourantBinary.packageRoot)/cases/lid-driven-cavity.jou\n"
                    + "parameter cells 9\nparameter Re 250\nparameter iterations 12\n",
                to: "shard.sweep")
            let single = try CourantInvocation.run(
                ["batch", shardSweep, "--history", shard, "--output", folder.file("runs")],
                in: folder.path)
            #expect(single.status == 0, "stderr: \(single.standardError)")
            let target = folder.file("merged.db")
            let arguments = ["history", "merge", sweep.historyPath, shard, "--into", target]

            let first = try CourantInvocation.run(arguments, in: folder.path)
            #expect(first.status == 0, "stderr: \(first.standardError)")
            #expect(
                first.standardOutput.contains(
                    "\(SmallSweep.runCount + 1) runs copied, 0 updated, 0 already there"))
            let again = try CourantInvocation.run(arguments, in: folder.path)
            #expect(
                again.standardOutput.contains(
                    "0 runs copied, 0 updated, \(SmallSweep.runCount + 1) already there"))

            let merged = try HistorySnapshot(path: target)
            #expect(merged.integrity == "ok")
            #expect(merged.runs.count == SmallSweep.runCount + 1)
            let sources =
                try HistorySnapshot(path: sweep.historyPath).runs
                + HistorySnapshot(path: shard).runs
            // The shard's journal allows 12 iterations; the limit travels with the run.
            #expect(try HistorySnapshot(path: shard).runs.map(\.iterationLimit) == [12])
            for source in sources {
                let copy = try #require(
                    merged.runs.first { $0.parameterSummary == source.parameterSummary })
                #expect(copy.iterations == source.iterations)
                #expect(copy.iterationLimit == source.iterationLimit)
                #expect(merged.iterations[copy.id] == Array(1...source.iterations))
            }
        }

        @Test func mergeIntoACorruptTargetLeavesItByteIdentical() throws {
            let sweep = try SmallSweep.shared
            let folder = try ScratchFolder("merge-into-corrupt")
            defer { folder.remove() }
            let target = try folder.write("a spreadsheet, not a history\n", to: "merged.db")
            let result = try CourantInvocation.run(
                ["history", "merge", sweep.historyPath, "--into", target], in: folder.path)
            #expect(result.status == 1)
            #expect(
                result.errorLines == [
                    "Error: \(target): not a Courant history database (no SQLite header);"
                        + " the file was left untouched"
                ])
            #expect(
                try String(contentsOfFile: target, encoding: .utf8)
                    == "a spreadsheet, not a history\n")
        }
    }
}
