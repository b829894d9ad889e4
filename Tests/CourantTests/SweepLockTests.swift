import Courant
import Foundation
import Testing

/// Two batches of one sweep into one history at once would start the same runs twice.
@Suite struct SweepLockTests {
    /// Holds the lock file of `plan`'s sweep in `historyPath` from another process (`flock(1)`,
    /// as a running batch holds it), with `owner` written in it as a batch writes its pid and
    /// host.
    private func holdLock(historyPath: String, plan: SweepPlan, owner: String) throws -> Process {
        let path = "\(historyPath).batch-\(plan.caseHash.prefix(12)).lock"
        try owner.write(toFile: path, atomically: false, encoding: .utf8)
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = ["--exclusive", "--no-fork", path, "sleep", "60"]
        try holder.run()
        // flock(1) takes the lock before it starts sleep: wait until it is held.
        let probe = open(path, O_RDONLY | O_CLOEXEC)
        defer { close(probe) }
        while flock(probe, LOCK_EX | LOCK_NB) == 0 {
            flock(probe, LOCK_UN)
            usleep(10_000)
        }
        return holder
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/flock")))
    func aSecondBatchOfTheSameSweepIsRefusedUntilTheFirstEnds() throws {
        let scratch = try BatchScratch()
        defer { scratch.remove() }
        let historyPath = scratch.file("history.db")
        let plan = try scratch.sweep("journal cases/cavity.jou\nparameter Re 100 400\n")
            .plan(declaredParameters: BatchScratch.declared)
        let options = BatchOptions(
            executable: "/bin/true", historyPath: historyPath, outputDirectory: scratch.file("out"),
            concurrency: 1)
        let holder = try holdLock(historyPath: historyPath, plan: plan, owner: "4242 node7\n")
        // SIGKILL: the holder may have inherited a mask that blocks SIGTERM.
        defer { kill(holder.processIdentifier, SIGKILL) }
        let refusal = BatchError.sweepAlreadyRunning(
            history: historyPath, holder: "pid 4242 on node7")
        #expect(throws: refusal) {
            _ = try BatchRunner.run(plan, options: options) { _, _ in }
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.file("out/run-0.log")))

        // A sweep of another journal into the same history is not held up.
        try (BatchScratch.journalText + "; another case\n").write(
            toFile: scratch.file("cases/other.jou"), atomically: true, encoding: .utf8)
        let other = try scratch.sweep("journal cases/other.jou\nparameter Re 100\n")
            .plan(declaredParameters: BatchScratch.declared)
        #expect(try BatchRunner.run(other, options: options) { _, _ in }.rows.count == 1)

        // Once the first batch has ended, however (its lock dropped with it), the second runs.
        kill(holder.processIdentifier, SIGKILL)
        holder.waitUntilExit()
        let report = try BatchRunner.run(plan, options: options) { _, _ in }
        #expect(report.rows.map(\.skipped) == [false, false])
    }
}
