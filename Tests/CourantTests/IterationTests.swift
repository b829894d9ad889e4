import CommandShell
import Courant
import Foundation
import Monitoring
import RunHistory
import Testing

@Suite struct IterationTests {
    @Test func runStopsAtTheFirstIterationWhereEveryScaledResidualMeetsItsCriterion() throws {
        let harness = SessionHarness()
        let database = SessionHarness.temporaryPath("history.db")
        defer { SessionHarness.removeDatabase(database) }
        try harness.session.useHistory(at: database)
        try harness.run(
            SessionHarness.cavity(cells: 10, criterion: "1e-4")
                + "\n/solve/initialize/initialize-flow\n/solve/iterate 500")
        harness.session.close()
        let outcome = try #require(harness.session.lastOutcome)
        #expect(outcome.status == .converged)
        let store = try HistoryDatabase(path: database)
        let run = try #require(try store.runs().first)
        let samples = try store.iterations(runID: run.id)
        #expect(samples.count == outcome.iterationsPerformed)
        let firstBelow = samples.first { $0.residuals.allSatisfy { $0.scaled < 1e-4 } }
        #expect(firstBelow?.iteration == outcome.lastRecord?.iteration)
        #expect(run.status == .converged)
        #expect(
            harness.console.text.contains("!  \(outcome.iterationsPerformed) solution is converged")
        )
    }

    @Test func iteratingAgainContinuesFromTheLastIteration() throws {
        let harness = SessionHarness()
        try harness.run(
            SessionHarness.cavity(cells: 8, criterion: "1e-12")
                + "\n/solve/initialize/initialize-flow\n/solve/iterate 7")
        #expect(harness.session.lastOutcome?.status == .notConverged)
        try harness.run("/solve/iterate 5")
        #expect(harness.session.lastOutcome?.lastRecord?.iteration == 12)
    }

    /// The history keeps the iteration limit a run was given: `iterate 7` then `iterate 5`
    /// allow 12; after re-initialisation the next run starts its own count (3).
    @Test func historyRecordsTheIterationLimitOfEachRun() throws {
        let harness = SessionHarness()
        let database = SessionHarness.temporaryPath("limit.db")
        defer { SessionHarness.removeDatabase(database) }
        try harness.session.useHistory(at: database)
        try harness.run(
            SessionHarness.cavity(cells: 8, criterion: "1e-12")
                + "\n/solve/initialize/initialize-flow\n/solve/iterate 7")
        try harness.run("/solve/iterate 5")
        try harness.run(
            "/solve/monitors/residual/convergence-criteria 1 1 1\n"
                + "/solve/initialize/initialize-flow\n/solve/iterate 3")
        harness.session.close()
        let runs = try HistoryDatabase(path: database).runs()
        #expect(runs.map(\.iterationLimit) == [12, 3])
        // The second run meets its criteria of 1 at iteration 3, the last it was allowed.
        #expect(runs.map(\.iterations) == [12, 3])
        #expect(runs.map(\.convergedAt) == [nil, 3])
    }

    @Test func divergingRunStopsTheJournalAndKeepsItsIterations() throws {
        let harness = SessionHarness()
        let database = SessionHarness.temporaryPath("diverging.db")
        defer { SessionHarness.removeDatabase(database) }
        try harness.session.useHistory(at: database)
        // Under-relaxation 1 for momentum with SIMPLE and pressure relaxation 1 blows up.
        var caught: String?
        do {
            try harness.run(
                SessionHarness.cavity(cells: 16) + """

                    /define/materials/viscosity 1e-5
                    /solve/set/p-v-coupling SIMPLE
                    /solve/set/under-relaxation/mom 1
                    /solve/initialize/initialize-flow
                    /solve/iterate 2000
                    /file/write-case never-written.jou
                    """)
        } catch {
            caught = "\(error)"
        }
        harness.session.close()
        #expect(caught?.contains("/solve/iterate: the solution diverged") == true)
        #expect(harness.session.lastOutcome?.status == .diverged)
        #expect(!FileManager.default.fileExists(atPath: "never-written.jou"))
        let store = try HistoryDatabase(path: database)
        let run = try #require(try store.runs().first)
        #expect(run.status == .diverged)
        #expect(
            try store.iterations(runID: run.id).count
                == harness.session.lastOutcome?.iterationsPerformed)
    }
}
