import Courant
import Foundation
import RunHistory
import Testing

/// `courant batch` killed with SIGKILL (the batch and its running workers, as a cancelled job
/// is), then run again: the resumed batch must keep every committed iteration, skip the runs
/// that completed, and redo the runs the kill cut short.
@Suite struct BatchResumeTests {
    /// A cavity whose criteria are never met, so each run lasts exactly `iterations`.
    static let journal = """
        ; end-to-end resume test: lid-driven cavity with unreachable criteria
        (parameter Re 100 "Reynolds number")
        (parameter cells 9 "cells per side")
        (parameter iterations 20 "iteration limit")
        /file/case-name resume-cavity
        /mesh/x-edges "0 1"
        /mesh/y-edges "0 1"
        /mesh/cells-x {cells}
        /mesh/cells-y {cells}
        /mesh/patch-names left right bottom lid
        /define/materials/density 1
        /define/materials/viscosity {1/Re}
        /define/boundary-conditions/zone-type wall wall wall wall
        /define/boundary-conditions/wall/x-velocity 0 0 0 1
        /solve/monitors/residual/convergence-criteria 1e-30 1e-30 1e-30
        /solve/initialize/initialize-flow
        /solve/iterate {iterations}

        """

    /// Iterations of the two long runs: a few seconds in either build, so the kill lands while
    /// they run (the short runs end within a second).
    static var longRunIterations: Int { CourantBinary.isReleaseBuild ? 2000 : 400 }

    /// Runs 0 and 1 are short, 2 and 3 long; with `--jobs 2` the long pair runs last, together.
    static var sweep: String {
        """
        journal resume.jou
        parameter Re 100 200 300 400
        parameter cells 9 9 9 9
        parameter iterations 20 20 \(longRunIterations) \(longRunIterations)
        mode list

        """
    }

    @Test func killedBatchResumesWithoutLosingOrDuplicatingRuns() throws {
        let folder = try ScratchFolder("resume")
        defer { folder.remove() }
        try folder.write(Self.journal, to: "resume.jou")
        let sweepFile = try folder.write(Self.sweep, to: "resume.sweep")
        let historyPath = folder.file("history.db")
        let arguments = [
            "batch", sweepFile, "--jobs", "2", "--history", historyPath, "--output",
            folder.file("runs"),
        ]

        let first = try CourantInvocation.start(arguments, in: folder.path)
        try waitUntilLongRunsHaveCommittedIterations(
            historyPath, runsFolder: folder.file("runs"), batch: first)
        try ProcessTree.killWithChildren(first.process)
        #expect(first.process.terminationReason == .uncaughtSignal)

        let before = try HistorySnapshot(path: historyPath)
        let completedBefore = before.runs.filter { $0.status.isCompleted }
        let killed = before.runs.filter { !$0.status.isCompleted }
        #expect(completedBefore.count == 2)
        #expect(killed.count == 2)
        for run in killed {
            // Found dead on reopen: interrupted, keeping what it committed.
            #expect(run.status == .interrupted)
            #expect(run.iterations > 0 && run.iterations < Self.longRunIterations)
            #expect(before.iterations[run.id] == Array(1...run.iterations))
        }

        let resumed = try CourantInvocation.run(arguments, in: folder.path, timeout: 300)
        #expect(resumed.status == 0, "resumed batch stderr: \(resumed.standardError)")
        let after = try HistorySnapshot(path: historyPath)
        #expect(after.integrity == "ok")
        for run in before.runs {
            #expect(after.runs.first { $0.id == run.id } == run, "run \(run.id) changed")
            #expect(after.iterations[run.id] == before.iterations[run.id])
        }
        for run in killed {
            let redone = try #require(
                after.runs.first {
                    $0.parameterSummary == run.parameterSummary && $0.status.isCompleted
                })
            #expect(redone.iterations == Self.longRunIterations)
            #expect(after.iterations[redone.id] == Array(1...Self.longRunIterations))
        }
        let completed = after.runs.filter { $0.status.isCompleted }
        #expect(completed.count == 4)
        #expect(Set(completed.map(\.parameterSummary)).count == 4, "a run was duplicated")
        #expect(after.runs.count == before.runs.count + killed.count)
        let skippedLines = resumed.standardOutput.split(separator: "\n")
            .filter { $0.contains("(in history)") }
        #expect(skippedLines.count == 2)
    }

    /// Polls the history until both short runs have completed and both long runs have at least
    /// one committed iteration; throws if the batch ends first or after 120 s.
    private func waitUntilLongRunsHaveCommittedIterations(
        _ historyPath: String, runsFolder: String, batch: CourantInvocation
    ) throws {
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            guard batch.process.isRunning else {
                throw EndToEndFailure(
                    "the batch ended before it could be killed: \(batch.standardError)")
            }
            // The batch creates the history before it starts the first run and its log.
            if FileManager.default.fileExists(atPath: runsFolder + "/run-0.log"),
                let snapshot = try? HistorySnapshot(path: historyPath)
            {
                let completed = snapshot.runs.filter { $0.status.isCompleted }.count
                let started = snapshot.runs.filter {
                    $0.status == .running && !(snapshot.iterations[$0.id] ?? []).isEmpty
                }.count
                if completed == 2 && started == 2 { return }
            }
            usleep(50_000)
        }
        throw EndToEndFailure("the long runs never committed an iteration within 120 s")
    }
}
