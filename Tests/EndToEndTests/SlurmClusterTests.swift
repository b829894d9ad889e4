import Foundation
import RunHistory
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A sweep on a real one-node Slurm cluster (Debian slurm-wlm + munge, `scripts/one-node-slurm`),
/// as a user drives it: emit, submit, one task cancelled mid-run, another stopped by its time
/// limit, merge, resubmit, merge again. Needs root; cancelled with the reason where it cannot
/// start a cluster. Prints the transcript the README's cluster paragraph is copied from.
///
/// Six runs: two on 33² cells long enough to be caught mid-run (6,000 and 7,000 iterations,
/// several seconds each), four of a few iterations on 9² cells. The two long ones are paused
/// (SIGSTOP) once they have committed iterations, so they are mid-run when `scancel` and the
/// 1-minute time limit reach them however fast this machine is (Slurm sends SIGCONT before
/// SIGTERM, so each then stops after its current iteration). The time limit is Slurm's smallest
/// and ends the task 60-90 s after it starts, which is most of this test's time (about two
/// minutes), spent waiting rather than computing.
@Suite struct SlurmClusterTests {
    /// The cavity with a criterion no residual meets (a run computes exactly `iterations`).
    static let journal = """
        ; Lid-driven cavity, Re = 100, whose residual criteria are never met.
        (parameter cells 9 "cells per side")
        (parameter iterations 20 "iteration limit")
        /file/case-name cluster-cavity
        /mesh/cells-x {cells}
        /mesh/cells-y {cells}
        /define/materials/density 1
        /define/materials/viscosity 0.01
        /define/boundary-conditions/wall/x-velocity 0 0 0 1
        /solve/monitors/residual/convergence-criteria 1e-300 1e-300 1e-300
        /solve/initialize/initialize-flow
        /solve/iterate {iterations}

        """

    static let sweep = """
        journal cluster-cavity.jou
        parameter cells 33 33 9 9 9 9
        parameter iterations 6000 7000 20 30 40 50
        mode list

        """

    @Test func cancelledAndTimedOutRunsAreInterruptedAndAResubmissionRedoesJustThose() throws {
        let folder = try ScratchFolder("slurm-cluster")
        defer { folder.remove() }
        var cluster = try OneNodeSlurm.start(in: folder)
        defer { cluster.stop() }
        let started = Date()
        defer { print("SlurmClusterTests transcript:\n\(cluster.transcript)") }
        try folder.write(Self.journal, to: "cluster-cavity.jou")
        try folder.write(Self.sweep, to: "cluster.sweep")

        let emit = try cluster.shell(
            "courant batch cluster.sweep --emit slurm out --time 1 --history history.db")
        #expect(emit.status == 0)
        #expect(emit.output.contains("wrote 6 of 6 runs as a Slurm job array"))
        let submit = try cluster.shell("out/submit.sh")
        #expect(submit.status == 0)
        let array = try #require(
            submit.output.firstMatch(of: /submitted sweep array (\d+) and merge job/)?.1)

        // Both long runs mid-run: each paused as soon as it has committed iterations.
        let paused = try Self.pauseOnceCommitted(
            shards: [0, 1].map { folder.file("out/shards/run-\($0).db") }, timeout: 60)
        #expect(try cluster.shell("scancel \(array)_1").status == 0)
        try cluster.waitForEmptyQueue(timeout: 240)
        let timedOut = try cluster.job("\(array)_0")
        let cancelled = try cluster.job("\(array)_1")
        #expect(timedOut["JobState"] == "TIMEOUT" && timedOut["ExitCode"] == "143:0")
        #expect(cancelled["JobState"] == "CANCELLED" && cancelled["ExitCode"] == "143:0")
        _ = try cluster.shell("courant history list --history history.db")

        let first = try HistorySnapshot(path: folder.file("history.db"))
        #expect(first.integrity == "ok")
        #expect(first.runs.count == 6, "every run once")
        for task in [0, 1] {
            let shard = try HistorySnapshot(path: folder.file("out/shards/run-\(task).db"))
            let inShard = try #require(shard.runs.first)
            let merged = try #require(
                first.runs.first { $0.parameterSummary == inShard.parameterSummary })
            // Closed by the task itself on SIGTERM: interrupted, every iteration it computed
            // committed (at least those seen before the pause), its own end.
            #expect(inShard.status == .interrupted && merged.status == .interrupted)
            #expect(merged.iterations >= paused[task])
            #expect(merged.iterations < (task == 0 ? 6000 : 7000))
            #expect(first.iterations[merged.id] == Array(1...merged.iterations))
            #expect(merged.endTime == inShard.endTime && merged.wallSeconds != nil)
        }
        // Each task found the surrogate model beside its executable, from the task's folder.
        let log = try String(contentsOfFile: folder.file("out/logs/run-0.log"), encoding: .utf8)
        #expect(log.contains("Surrogate: predicting convergence with "), "\(log)")
        let short = first.runs.filter { $0.parameterSummary.hasPrefix("cells=9") }
        #expect(short.map(\.iterations).sorted() == [20, 30, 40, 50])
        #expect(short.allSatisfy { $0.status == .notConverged })

        // Resubmitted with more time: the four completed tasks do nothing.
        #expect(try cluster.shell("out/submit.sh --time=5").status == 0)
        try cluster.waitForEmptyQueue(timeout: 240)
        _ = try cluster.shell("courant history list --history history.db")
        for task in 2...5 {
            let log = try String(
                contentsOfFile: folder.file("out/logs/run-\(task).log"), encoding: .utf8)
            #expect(log.contains("already completed in"), "task \(task) ran again")
        }
        let second = try HistorySnapshot(path: folder.file("history.db"))
        #expect(second.integrity == "ok")
        let completed = second.runs.filter(\.status.isCompleted)
        #expect(completed.count == 6)
        #expect(Set(completed.map(\.parameterSummary)).count == 6, "a run was completed twice")
        #expect(completed.allSatisfy { $0.status == .notConverged })
        #expect(
            completed.filter { $0.parameterSummary.hasPrefix("cells=33") }.map(\.iterations)
                .sorted() == [6000, 7000])
        // The interrupted attempts stay, once each, as they were merged the first time.
        let attempts = second.runs.filter { $0.status == .interrupted }
        #expect(attempts.count == 2 && second.runs.count == 8)
        for attempt in attempts {
            #expect(
                first.runs.first { $0.id == attempt.id }?.iterations == attempt.iterations)
        }
        // The merge by hand, as the README gives it: nothing new, nothing doubled.
        let byHand = try cluster.shell(
            "courant history merge out/shards/run-*.db --into history.db")
        #expect(byHand.output.hasSuffix(": 0 runs copied, 0 updated, 8 already there\n"))
        let again = try cluster.shell(
            "courant batch cluster.sweep --emit slurm out --history history.db")
        #expect(again.output.contains("all 6 runs of the sweep are completed"))
        print("SlurmClusterTests: \(Int(-started.timeIntervalSinceNow)) s with the cluster up")
    }

    /// Pauses (SIGSTOP) the run of each shard as soon as it has committed iterations (read
    /// only, as its task writes it); returns the iterations each had committed by then.
    private static func pauseOnceCommitted(shards: [String], timeout: Double) throws -> [Int] {
        var committed: [Int?] = Array(repeating: nil, count: shards.count)
        let deadline = Date().addingTimeInterval(timeout)
        while committed.contains(nil) {
            guard Date() < deadline else {
                throw EndToEndFailure("no committed iteration in \(shards) after \(timeout) s")
            }
            for (index, shard) in shards.enumerated() where committed[index] == nil {
                guard FileManager.default.fileExists(atPath: shard),
                    let run = try? HistoryDatabase(readingExisting: shard).runs().first,
                    run.iterations > 0
                else { continue }
                kill(Int32(run.pid), SIGSTOP)
                committed[index] = run.iterations
            }
            usleep(10_000)
        }
        return committed.compactMap { $0 }
    }
}
