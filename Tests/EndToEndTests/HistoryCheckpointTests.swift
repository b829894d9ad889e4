import Foundation
import Testing

/// After `courant run` or `courant batch` ends, the history's write-ahead log has been folded
/// into the `.db` file, so the file copied alone (what a user mails or archives) holds every
/// run. It used to hold none: the runs were still in `history.db-wal`.
@Suite struct HistoryCheckpointTests {
    @Test func theDatabaseFileAloneHoldsEveryRunOnceTheProgramHasEnded() throws {
        let folder = try ScratchFolder("checkpoint")
        defer { folder.remove() }
        try FiveIterationCase.write(into: folder)
        let run = try CourantInvocation.run(
            ["run", "case.jou", "--history", "run.db", "--surrogate", "none"], in: folder.path)
        #expect(run.status == 3)
        let batch = try CourantInvocation.run(
            ["batch", "case.sweep", "--jobs", "2", "--history", "batch.db"], in: folder.path)
        #expect(batch.status == 0)
        for (database, runs) in [("run.db", 1), ("batch.db", 2)] {
            let wal = folder.file(database + "-wal")
            let walBytes =
                (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
            #expect(walBytes == 0, "\(database): \(walBytes) bytes left in the log")
            try FileManager.default.copyItem(
                atPath: folder.file(database), toPath: folder.file("copy-" + database))
            let listed = try CourantInvocation.run(
                ["history", "list", "--history", "copy-" + database], in: folder.path)
            let rows = listed.standardOutput.split(separator: "\n").dropFirst()
            #expect(rows.count == runs, "\(database) copied alone: \(listed.standardOutput)")
        }
    }
}
