import Foundation
import RunHistory
import Testing

@Suite struct HistoryStoreTests {
    @Test func loggedIterationsReadBackBitForBit() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let database = try HistoryDatabase(path: scratch.file("h.db"))
        let id = try SyntheticHistory.logRun(in: database, iterations: 137)
        let read = try database.iterations(runID: id)
        #expect(read == (1...137).map(SyntheticHistory.sample))
        let run = try database.run(id: id)
        #expect(run.status == .converged)
        #expect(run.iterations == 137)
        #expect(run.convergedAt == 137)
        #expect(run.parameters == ["Re": "100", "cells": "33"])
        #expect(run.settings == ["/solve/set/under-relaxation/pressure": "0.3"])
        #expect((run.wallSeconds ?? -1) >= 0)
        #expect(
            try database.criteria(runID: id) == [
                ResidualCriterion(equation: "continuity", value: 1e-3),
                ResidualCriterion(equation: "x-velocity", value: 1e-3),
            ])
        #expect(try database.integrityCheck() == "ok")
    }

    @Test func nonFiniteResidualsOfADivergedRunSurvive() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let database = try HistoryDatabase(path: scratch.file("h.db"))
        let logger = try database.beginRun(SyntheticHistory.description())
        let blownUp = IterationSample(
            iteration: 1,
            residuals: [
                ResidualSample(
                    equation: "continuity", unscaled: .infinity, scaled: .nan,
                    normalised: -.infinity)
            ], reports: [ReportSample(name: "cd-lid", value: .nan)])
        try logger.append(blownUp)
        try logger.finish(status: .diverged)
        let read = try #require(try database.iterations(runID: logger.runID).first)
        #expect(read.residuals[0].unscaled == .infinity)
        #expect(read.residuals[0].scaled.isNaN)
        #expect(read.residuals[0].normalised == -.infinity)
        #expect(read.reports[0].value.isNaN)
    }

    @Test func listFiltersByCaseStatusAndParameter() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let database = try HistoryDatabase(path: scratch.file("h.db"))
        for (re, status) in [
            ("100", RunStatus.converged), ("400", .diverged), ("1000", .converged),
        ] {
            _ = try SyntheticHistory.logRun(
                in: database, iterations: 3, status: status,
                description: SyntheticHistory.description(parameters: ["Re": re, "cells": "33"]))
        }
        _ = try SyntheticHistory.logRun(
            in: database, iterations: 3,
            description: SyntheticHistory.description(caseName: "step"))
        #expect(try database.runs().count == 4)
        #expect(try database.runs(matching: RunFilter(caseName: "cavity")).count == 3)
        #expect(
            try database.runs(matching: RunFilter(status: .diverged)).map(\.parameters["Re"]) == [
                "400"
            ])
        let converged1000 = RunFilter(
            caseName: "cavity", status: .converged, parameters: ["Re": "1000"])
        #expect(try database.runs(matching: converged1000).count == 1)
        #expect(try database.runs(matching: RunFilter(parameters: ["Re": "7"])).isEmpty)
    }

    @Test func completedRunIsFoundByCaseHashAndParametersOnly() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let database = try HistoryDatabase(path: scratch.file("h.db"))
        let description = SyntheticHistory.description(parameters: ["Re": "400"])
        _ = try SyntheticHistory.logRun(
            in: database, iterations: 2, status: .failed, description: description)
        #expect(
            try database.completedRun(caseHash: description.caseHash, parameters: ["Re": "400"])
                == nil)
        let id = try SyntheticHistory.logRun(
            in: database, iterations: 2, status: .stalled, description: description)
        #expect(
            try database.completedRun(caseHash: description.caseHash, parameters: ["Re": "400"])?.id
                == id)
        #expect(
            try database.completedRun(caseHash: description.caseHash, parameters: ["Re": "401"])
                == nil)
    }

    @Test func loggerDroppedWithoutFinishStillCommitsItsBuffer() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let database = try HistoryDatabase(path: scratch.file("h.db"))
        var logger: RunLogger? = try database.beginRun(SyntheticHistory.description())
        let id = try #require(logger?.runID)
        for iteration in 1...3 { try logger?.append(SyntheticHistory.sample(iteration)) }
        #expect(try database.iterations(runID: id).isEmpty)
        logger = nil
        #expect(try database.iterations(runID: id) == (1...3).map(SyntheticHistory.sample))
        #expect(try database.run(id: id).status == .running)
    }

    @Test func bufferIsCommittedOnceItsTimeLimitHasPassed() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let database = try HistoryDatabase(path: scratch.file("h.db"))
        let logger = try database.beginRun(
            SyntheticHistory.description(),
            commitPolicy: CommitPolicy(iterations: 1000, seconds: 0.05))
        try logger.append(SyntheticHistory.sample(1))
        #expect(logger.committedIteration == 0)
        usleep(80_000)
        try logger.append(SyntheticHistory.sample(2))
        #expect(logger.committedIteration == 2)
        #expect(try database.run(id: logger.runID).iterations == 2)
    }

    @Test func appendingAfterFinishIsRefused() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let database = try HistoryDatabase(path: scratch.file("h.db"))
        let logger = try database.beginRun(SyntheticHistory.description())
        try logger.finish(status: .converged)
        #expect(throws: HistoryError.runAlreadyFinished(id: logger.runID)) {
            try logger.append(SyntheticHistory.sample(1))
        }
    }

    /// A REPL run stays open between `iterate` calls: each call's outcome is in the row at
    /// once, and the next call marks it running again, so a session killed in between leaves
    /// the last outcome and one killed while iterating leaves a running run (then interrupted).
    @Test func eachIterateCallsOutcomeIsCommittedAndTheNextCallResumesTheRun() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let database = try HistoryDatabase(path: scratch.file("h.db"))
        let logger = try database.beginRun(
            SyntheticHistory.description(),
            commitPolicy: CommitPolicy(iterations: 1000, seconds: 60))
        for iteration in 1...5 { try logger.append(SyntheticHistory.sample(iteration)) }
        try logger.recordOutcome(status: .converged, convergedAt: 5)
        let paused = try database.run(id: logger.runID)
        #expect(paused.status == .converged && paused.convergedAt == 5 && paused.iterations == 5)
        #expect(paused.endTime != nil && paused.wallSeconds != nil)

        try logger.resume(iterationLimit: 15)
        let resumed = try database.run(id: logger.runID)
        #expect(resumed.status == .running && resumed.endTime == nil)
        #expect(resumed.iterationLimit == 15 && resumed.convergedAt == 5)

        for iteration in 6...8 { try logger.append(SyntheticHistory.sample(iteration)) }
        try logger.finish(status: .interrupted, convergedAt: 5)
        let closed = try database.run(id: logger.runID)
        #expect(closed.status == .interrupted && closed.iterations == 8 && closed.endTime != nil)
        #expect(throws: HistoryError.runAlreadyFinished(id: logger.runID)) {
            try logger.resume(iterationLimit: 20)
        }
    }

    @Test func historyPathPrefersOptionThenEnvironmentThenDefault() {
        let environment = ["COURANT_HISTORY": "/data/env.db"]
        #expect(HistoryLocation.resolve(option: "a.db", environment: environment) == "a.db")
        #expect(HistoryLocation.resolve(option: nil, environment: environment) == "/data/env.db")
        #expect(
            HistoryLocation.resolve(option: nil, environment: ["COURANT_HISTORY": ""])
                == "courant-history.db")
        #expect(HistoryLocation.resolve(option: nil, environment: [:]) == "courant-history.db")
    }

    /// A 65² cavity iteration costs a few ms solver side; 2% of 5 ms is 100 µs. 4 equations +
    /// 2 reports per iteration, default commit policy. Asserted on this thread's CPU time, which
    /// parallel tests and other processes on the machine do not inflate (commits do not fsync
    /// in WAL with synchronous=NORMAL, so CPU is the cost); wall time is printed beside it.
    @Test func loggingCostsWellUnderTwoPercentOfACavityIteration() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let database = try HistoryDatabase(path: scratch.file("h.db"))
        let samples = (1...4000).map(SyntheticHistory.sample)
        let logger = try database.beginRun(SyntheticHistory.description())
        let cpuStart = Self.threadCPUSeconds()
        let wallStart = ProcessIdentity.now()
        for sample in samples { try logger.append(sample) }
        try logger.finish(status: .converged)
        let cpu = (Self.threadCPUSeconds() - cpuStart) / Double(samples.count) * 1e6
        let wall = (ProcessIdentity.now() - wallStart) / Double(samples.count) * 1e6
        print(
            "history logging per iteration (4 equations, 2 reports):"
                + " cpu \(cpu) µs, wall \(wall) µs"
        )
        #expect(cpu < 100)
        #expect(try database.run(id: logger.runID).iterations == 4000)
    }

    private static func threadCPUSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) * 1e-9
    }
}
