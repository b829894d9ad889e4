import Foundation
import NeuralNet
import RunHistory
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A sweep killed twice and resumed each time: first `kill -9` of the batch process alone (its
/// workers must die with it, not finish as orphans that a resume then doubles), then of its
/// whole process group (workers killed mid-write). Afterwards every run of the sweep is in the
/// history exactly once with a final status, the database is sound, and no iteration committed
/// before either kill is missing.
///
/// The moments of the kills are drawn from a seeded generator (the seed is printed), within
/// windows where runs are computing.
@Suite(.serialized) struct BatchKillTests {
    /// Runs of 1,200 iterations of a 12² cavity whose criteria are never met: about 0.6 s each
    /// in a release build, so a sweep pass takes a few seconds.
    static let journal = """
        ; end-to-end kill test: lid-driven cavity with unreachable criteria
        (parameter Re 100 "Reynolds number")
        (parameter iterations 1200 "iteration limit")
        /mesh/cells-x 12
        /mesh/cells-y 12
        /define/materials/density 1
        /define/materials/viscosity {1/Re}
        /define/boundary-conditions/wall/x-velocity 0 0 0 1
        /solve/monitors/residual/convergence-criteria 1e-30 1e-30 1e-30
        /solve/initialize/initialize-flow
        /solve/iterate {iterations}

        """

    static var iterations: Int { CourantBinary.isReleaseBuild ? 1200 : 150 }

    static var sweep: String {
        """
        journal kill.jou
        parameter Re 100 150 200 250 300 350 400 450
        parameter iterations \(iterations)

        """
    }

    /// The last lines of every run log of a batch's output folder (`run-N.log`): what a worker
    /// that ended unexpectedly said (a runtime error names itself there).
    static func logTails(in folder: String, lines: Int = 6) -> String {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".log") }.sorted().map { name in
            let text = (try? String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8)) ?? ""
            let tail = text.split(separator: "\n").suffix(lines).joined(separator: "\n")
            return "--- \(name)\n\(tail)"
        }
        .joined(separator: "\n")
    }

    @Test func aSweepKilledTwiceAndResumedHasEveryRunOnceAndEveryCommittedIteration() throws {
        let seed = UInt64(Date().timeIntervalSince1970 * 1000) % 1_000_000
        print("BatchKillTests seed \(seed)")
        var random = SplitMix64(seed: seed)
        let folder = try ScratchFolder("kill")
        defer { folder.remove() }
        try folder.write(Self.journal, to: "kill.jou")
        let sweepFile = try folder.write(Self.sweep, to: "kill.sweep")
        let history = folder.file("history.db")
        let arguments = [
            "batch", sweepFile, "--jobs", "2", "--history", history, "--output",
            folder.file("runs"),
        ]
        var committed: [Int64: [Int]] = [:]

        // 1. The batch alone: its workers must end within moments, by themselves.
        let first = try CourantInvocation.start(arguments, in: folder.path)
        try Self.waitForComputingRuns(history, batch: first, completedAtLeast: 0, random: &random)
        let orphans = try ProcessTree.killAlone(first.process)
        let tails = { Self.logTails(in: folder.file("runs")) }
        #expect(!orphans.isEmpty, "the kill found no worker running (seed \(seed))")
        for (pid, status) in orphans {
            // SIGTERM from the kernel when the batch died, handled as an interrupt: exit 143;
            // or exit 3 (iteration limit reached) from a worker that finished its last
            // iteration as the signal arrived, its run then complete in the history.
            #expect(
                status == 143 << 8 || status == 3 << 8,
                "worker \(pid) ended with wait status \(status) (seed \(seed))\n\(tails())")
        }
        let afterFirst = try HistorySnapshot(path: history)
        #expect(!afterFirst.runs.contains { $0.status == .running })
        // Each closed its run as interrupted (one killed while starting up had opened none).
        #expect(afterFirst.runs.filter { $0.status == .interrupted }.count <= orphans.count)
        committed.merge(afterFirst.iterations) { $1 }

        // 2. Resumed, then the whole group.
        let second = try CourantInvocation.start(arguments, in: folder.path)
        let completedBefore = afterFirst.runs.filter(\.status.isCompleted).count
        try Self.waitForComputingRuns(
            history, batch: second, completedAtLeast: completedBefore, random: &random)
        try ProcessTree.killGroup(second.process)
        let afterSecond = try HistorySnapshot(path: history)
        #expect(!afterSecond.runs.contains { $0.status == .running })
        committed.merge(afterSecond.iterations) { $1 }

        // 3. Resumed to the end.
        let last = try CourantInvocation.run(arguments, in: folder.path, timeout: 300)
        #expect(last.status == 0, "resumed batch: \(last.standardError)")
        let after = try HistorySnapshot(path: history)
        #expect(after.integrity == "ok")
        #expect(!after.runs.contains { $0.status == .running })
        let completed = after.runs.filter(\.status.isCompleted)
        #expect(completed.count == 8, "seed \(seed)")
        #expect(Set(completed.map(\.parameterSummary)).count == 8, "a run was logged twice")
        for run in completed {
            #expect(run.status == .notConverged && run.iterations == Self.iterations)
        }
        for (id, iterations) in committed {
            #expect(after.iterations[id] == iterations, "run \(id) lost committed iterations")
        }
        for run in after.runs {
            let iterations = after.iterations[run.id] ?? []
            #expect(iterations == Array(1..<(iterations.count + 1)), "run \(run.id) has gaps")
            #expect(run.iterations == iterations.count)
        }
    }

    /// A run that a live process outside the batch is computing (an orphan of an older
    /// Courant, which did not die with its batch) is not started again: the batch waits for it
    /// and counts its result.
    @Test func aResumedSweepNeverStartsARunWhoseWorkerIsStillAlive() throws {
        let folder = try ScratchFolder("orphan")
        defer { folder.remove() }
        try folder.write(Self.journal, to: "kill.jou")
        let sweepFile = try folder.write(
            "journal kill.jou\nparameter Re 100 150\nparameter iterations \(Self.iterations)\n",
            to: "two.sweep")
        let history = folder.file("history.db")
        let orphan = try CourantInvocation.start(
            [
                "run", folder.file("kill.jou"), "--set", "Re=100", "--set",
                "iterations=\(Self.iterations)",
                "--history", history, "--quiet", "--surrogate", "none",
            ], in: folder.path)
        try Self.waitUntil("the orphan opens its run") {
            (try? HistorySnapshot(path: history))?.runs.contains { $0.status == .running }
                ?? false
        }
        // Slow the orphan down so the batch finds it alive, then let it go on.
        kill(orphan.process.processIdentifier, SIGSTOP)
        let batch = try CourantInvocation.start(
            [
                "batch", sweepFile, "--jobs", "2", "--history", history, "--output",
                folder.file("runs"),
            ], in: folder.path)
        try Self.waitUntil("the batch says it waits") {
            batch.standardError.contains("still being computed by pid")
        }
        kill(orphan.process.processIdentifier, SIGCONT)
        try batch.wait(timeout: 120)
        #expect(batch.status == 0, "\(batch.standardError)")
        #expect(
            batch.standardError.contains(
                "run 0 (Re=100 iterations=\(Self.iterations)) is still being computed by pid "
                    + "\(orphan.process.processIdentifier) of an earlier batch; waiting for it"))
        let runs = try HistorySnapshot(path: history).runs
        #expect(runs.count == 2, "\(runs.map(\.parameterSummary))")
        #expect(Set(runs.map(\.parameterSummary)).count == 2)
        #expect(runs.allSatisfy { $0.status == .notConverged })
    }

    /// Polls the history until at least one run is computing with committed iterations and
    /// `completedAtLeast` runs have completed, then waits a further random 0-0.4 s; throws if
    /// the batch ends first.
    private static func waitForComputingRuns(
        _ history: String, batch: CourantInvocation, completedAtLeast: Int,
        random: inout SplitMix64
    ) throws {
        // A random number of further runs to let finish first: 0, 1 or 2.
        let further = Int(random.next() % 3)
        try waitUntil("runs computing in the batch") {
            guard batch.process.isRunning else { return true }
            // Read only once the batch has created it, with its own schema.
            guard FileManager.default.fileExists(atPath: history),
                let snapshot = try? HistorySnapshot(path: history)
            else { return false }
            let completed = snapshot.runs.filter(\.status.isCompleted).count
            let computing = snapshot.runs.filter {
                $0.status == .running && !(snapshot.iterations[$0.id] ?? []).isEmpty
            }
            return completed >= completedAtLeast + further && !computing.isEmpty
        }
        guard batch.process.isRunning else {
            throw EndToEndFailure(
                "the batch ended before it could be killed: \(batch.standardError)")
        }
        usleep(useconds_t(random.next() % 400_000))
    }

    private static func waitUntil(_ what: String, _ condition: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(120)
        while try !condition() {
            guard Date() < deadline else { throw EndToEndFailure("\(what): not within 120 s") }
            usleep(20_000)
        }
    }
}
