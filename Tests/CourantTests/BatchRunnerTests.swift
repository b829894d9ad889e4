import Courant
import Foundation
import RunHistory
import Testing

@Suite struct BatchRunnerTests {
    private func logRun(_ history: HistoryDatabase, parameters: [String: String], status: RunStatus)
        throws
    {
        let logger = try history.beginRun(
            RunDescription(
                caseName: "cavity", journal: BatchScratch.journalText, parameters: parameters,
                courantVersion: "test"))
        try logger.append(
            IterationSample(
                iteration: 1,
                residuals: [
                    ResidualSample(equation: "continuity", unscaled: 1, scaled: 1, normalised: 1)
                ]))
        try logger.finish(status: status)
    }

    /// A run the history already holds completed is skipped; a failed one is run again.
    /// `/bin/true` stands in for the executable only to show which runs are started.
    @Test func resumedBatchSkipsRunsCompletedInTheHistory() throws {
        let scratch = try BatchScratch()
        defer { scratch.remove() }
        let historyPath = scratch.file("history.db")
        do {
            let history = try HistoryDatabase(path: historyPath)
            try logRun(history, parameters: ["Re": "100", "cells": "33"], status: .converged)
            try logRun(history, parameters: ["Re": "400", "cells": "33"], status: .failed)
        }
        let plan = try scratch.sweep(
            "journal cases/cavity.jou\nparameter Re 100 400 1000\nparameter cells 33\n"
        ).plan(declaredParameters: BatchScratch.declared)
        let options = BatchOptions(
            executable: "/bin/true", historyPath: historyPath, outputDirectory: scratch.file("out"),
            concurrency: 2)
        var finalState: WorkerPoolProgress?
        var skippedSeen = -1
        let report = try BatchRunner.run(plan, options: options) { state, skipped in
            finalState = state
            skippedSeen = skipped
        }
        #expect(report.rows.map(\.skipped) == [true, false, false])
        #expect(report.rows.map(\.status) == [.converged, .converged, .converged])
        #expect(report.rows[0].iterations == 1)
        #expect(skippedSeen == 1 && finalState?.total == 2 && finalState?.finished == 2)
        #expect(FileManager.default.fileExists(atPath: scratch.file("out/run-1.log")))
        #expect(!FileManager.default.fileExists(atPath: scratch.file("out/run-0.log")))
        let table = report.table().split(separator: "\n")
        #expect(table[0].hasPrefix("run  parameters"))
        #expect(table[1].hasPrefix("0    Re=100 cells=33   converged (in history)  1"))
    }

    @Test func missingExecutableFailsBeforeAnyRunOrHistoryIsCreated() throws {
        let scratch = try BatchScratch()
        defer { scratch.remove() }
        let plan = try scratch.sweep("journal cases/cavity.jou\nparameter Re 100 400\n")
            .plan(declaredParameters: BatchScratch.declared)
        let options = BatchOptions(
            executable: scratch.file("bin/courant"), historyPath: scratch.file("h.db"),
            outputDirectory: scratch.file("out"))
        #expect(throws: BatchError.notExecutable(scratch.file("bin/courant"))) {
            _ = try BatchRunner.run(plan, options: options) { _, _ in }
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.file("h.db")))
    }

    @Test func eachRunInvokesCourantRunWithItsSetsHistoryAndSummary() throws {
        let scratch = try BatchScratch()
        defer { scratch.remove() }
        let plan = try scratch.sweep("journal cases/cavity.jou\nparameter Re 100 400\n")
            .plan(declaredParameters: BatchScratch.declared)
        let options = BatchOptions(
            executable: "/opt/courant/bin/courant", historyPath: "/data/h.db",
            outputDirectory: "/tmp/o")
        #expect(
            BatchRunner.arguments(for: plan.runs[1], plan: plan, options: options) == [
                "run", scratch.file("cases/cavity.jou"), "--set", "Re=400", "--history",
                "/data/h.db",
                "--quiet", "--summary", "/tmp/o/run-1.json",
            ])
    }

    @Test func summaryRoundTripsThroughItsJSONFile() throws {
        let scratch = try BatchScratch()
        defer { scratch.remove() }
        let summary = RunSummary(
            status: "stalled", iterations: 412, residuals: [("continuity", 2.5e-3)],
            wallSeconds: 28.125, caseName: "cavity", historyRunID: 12)
        try summary.write(to: scratch.file("s.json"))
        #expect(RunSummary.read(from: scratch.file("s.json")) == summary)
        #expect(RunSummary.read(from: scratch.file("missing.json")) == nil)
        #expect(RunExitCode.code(for: .stalled) == 4 && RunExitCode.code(for: .notConverged) == 3)
    }

    /// Ctrl-C (130) and a scheduler's or the batch's stop (143: SIGTERM, SIGUSR1) are both an
    /// interrupted run, which a resumed batch runs again; any other code is a failed one.
    @Test func exitCodesOfInterruptedRunsAreReadAsInterrupted() {
        #expect(RunExitCode.status(of: .exited(130)).status == .interrupted)
        #expect(RunExitCode.status(of: .exited(143)).status == .interrupted)
        #expect(RunExitCode.status(of: .exited(138)) == (.failed, "exit 138"))
        #expect(RunExitCode.status(of: .signalled(15)) == (.failed, "signal 15"))
    }
}
