import Foundation
import RunHistory
import Surrogate
import Testing

/// A rebuilt history logs the same runs in whatever order the batch workers finish them; the
/// surrogate must load and split them identically so that the shipped model rebuilds bit for bit.
@Suite struct RunIdentityTests {
    /// Logs one converged run of `journal` per Reynolds number, in the order given.
    static func history(at path: String, journal: String, reynolds: [Int]) throws
        -> HistoryDatabase
    {
        let database = try HistoryDatabase(path: path)
        let criteria = ["continuity", "x-velocity", "y-velocity"].map {
            ResidualCriterion(equation: $0, value: 1e-3)
        }
        for re in reynolds {
            let logger = try database.beginRun(
                RunDescription(
                    caseName: "lid-driven-cavity", journal: journal,
                    parameters: ["Re": "\(re)", "cells": "9"], settings: [:], criteria: criteria,
                    courantVersion: "test"))
            for iteration in 1...20 {
                let value = pow(10, -Double(re) / 1000 * Double(iteration))
                try logger.append(
                    IterationSample(
                        iteration: iteration,
                        residuals: ["continuity", "x-velocity", "y-velocity"].map {
                            ResidualSample(
                                equation: $0, unscaled: value, scaled: value, normalised: value)
                        }))
            }
            try logger.finish(status: .converged, convergedAt: 20)
        }
        return database
    }

    @Test func runsLoggedInAnotherOrderLoadAndSplitAlike() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let journal = "/solve/iterate {iterations}"
        let reynolds = [100, 400, 1000, 3200, 5000, 7500, 10_000, 200]
        let forward = try RunSeries.load(
            from: Self.history(at: scratch.file("a.db"), journal: journal, reynolds: reynolds))
        let backward = try RunSeries.load(
            from: Self.history(
                at: scratch.file("b.db"), journal: journal, reynolds: reynolds.reversed()))
        // Same identities in the same order, though every run id differs between the two.
        #expect(forward.map(\.identity) == backward.map(\.identity))
        #expect(forward.map(\.residuals) == backward.map(\.residuals))
        #expect(zip(forward, backward).contains { $0.runID != $1.runID })
        let hash = CaseIdentity.caseHash(journal: journal)
        #expect(Set(forward.map(\.identity)) == Set(reynolds.map { "\(hash) Re=\($0) cells=9" }))
        let split = { (runs: [RunSeries]) in
            runs.map { SurrogateDataset.isValidationRun(identity: $0.identity, fraction: 0.5) }
        }
        #expect(split(forward) == split(backward))
    }

    @Test func theValidationShareFollowsTheFraction() {
        let identities = (0..<4000).map { "case \($0 % 7) Re=\($0)" }
        for fraction in [0.0, 0.2, 0.5, 1.0] {
            let share =
                Double(
                    identities.filter {
                        SurrogateDataset.isValidationRun(identity: $0, fraction: fraction)
                    }.count) / Double(identities.count)
            #expect(abs(share - fraction) < 0.03, "fraction \(fraction): share \(share)")
        }
    }

    @Test func aRunWithoutAnIdentityIsKnownByItsID() {
        let run = SyntheticRuns.converging(id: 42, rate: 0.1)
        #expect(run.identity == "run 42")
    }
}
