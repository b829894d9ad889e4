import CommandShell
import Courant
import Foundation
import Monitoring
import RunHistory
import Testing

/// What the history keeps of a run iterated in several calls, and what happens when it cannot
/// keep anything.
@Suite struct HistoryLoggingTests {
    /// A write that fails in the middle of a run (here: the run's row deleted by another
    /// process, so every insert breaks its foreign key, as a full disk would break it) stops the
    /// run at the next commit with one line, instead of computing on unlogged with a warning per
    /// iteration.
    @Test func aRunWhoseHistoryCannotBeWrittenStopsWithOneLine() throws {
        let harness = SessionHarness()
        let database = SessionHarness.temporaryPath("failing.db")
        defer { SessionHarness.removeDatabase(database) }
        try harness.session.useHistory(at: database)
        try harness.run(
            SessionHarness.cavity(cells: 6, criterion: "1e-12")
                + "\n/solve/monitors/residual/print? no\n/solve/initialize/initialize-flow"
                + "\n/solve/iterate 5")
        let other = try SQLiteConnection(path: database, mode: .readWrite)
        try other.execute("PRAGMA foreign_keys = ON; DELETE FROM run")
        var caught: String?
        do {
            try harness.run("/solve/iterate 500", file: "more.jou")
        } catch {
            caught = "\(error)"
        }
        #expect(
            caught
                == "more.jou:1: /solve/iterate: the run was stopped: its history cannot be written")
        let stops = harness.console.lines.filter { $0.contains("cannot write") }
        #expect(stops.count == 1, "\(harness.console.lines)")
        #expect(stops.first?.hasPrefix("Error: run history \(database): cannot write: ") == true)
        // The first commit after the deletion (50 iterations, CommitPolicy) is where it stops.
        let reached = try #require(harness.session.lastOutcome?.lastRecord?.iteration)
        #expect(reached == 55)
        #expect(harness.session.lastOutcome?.status == .failed)
        #expect(harness.session.close() != nil)
    }

    /// Settings changed between `iterate` calls are recorded with the iteration they took
    /// effect at, the criteria and settings shown are those that decided the run's end, the
    /// converged iteration belongs to the call that converged, and the wall time counts only
    /// iterating, not the time spent at the prompt between calls.
    @Test func settingsChangedBetweenIterateCallsAreInTheHistory() throws {
        let harness = SessionHarness()
        let database = SessionHarness.temporaryPath("segments.db")
        defer { SessionHarness.removeDatabase(database) }
        try harness.session.useHistory(at: database)
        try harness.run(
            SessionHarness.cavity(cells: 8, criterion: "1e-6")
                + "\n/solve/monitors/residual/print? no\n/solve/initialize/initialize-flow"
                + "\n/solve/iterate 30")
        Thread.sleep(forTimeInterval: 1.5)  // a person thinking at the prompt
        try harness.run(
            """
            /solve/monitors/residual/convergence-criteria 5.5e-4 1e-4 1e-4
            /solve/monitors/residual/check-convergence? yes no yes
            /solve/iterate 300
            """)
        let converged = try #require(harness.session.lastOutcome)
        #expect(converged.status == .converged)
        let convergedAt = try #require(converged.lastRecord?.iteration)
        // Tightened again, the next call does not converge: the run is not "converged at".
        try harness.run(
            "/solve/monitors/residual/convergence-criteria 1e-12 1e-12 1e-12\n/solve/iterate 4")
        #expect(harness.session.close() == nil)

        let store = try HistoryDatabase(path: database)
        let run = try #require(try store.runs().first)
        #expect(run.status == .notConverged)
        #expect(run.convergedAt == nil)
        #expect(run.iterations == convergedAt + 4)
        #expect(try #require(run.wallSeconds) < harness.session.iterationSeconds + 0.5)
        #expect(run.settings["/solve/monitors/residual/check-convergence?"] == "yes no yes")
        #expect(
            try store.criteria(runID: run.id) == [
                ResidualCriterion(equation: "continuity", value: 1e-12),
                ResidualCriterion(equation: "y-velocity", value: 1e-12),
            ])
        let criteria = "/solve/monitors/residual/convergence-criteria"
        #expect(
            try store.settingChanges(runID: run.id) == [
                SettingChange(
                    iteration: 31, path: "/solve/monitors/residual/check-convergence?",
                    oldValue: "yes yes yes", newValue: "yes no yes"),
                SettingChange(
                    iteration: 31, path: criteria, oldValue: "1e-06 1e-06 1e-06",
                    newValue: "0.00055 0.0001 0.0001"),
                SettingChange(
                    iteration: convergedAt + 1, path: criteria, oldValue: "0.00055 0.0001 0.0001",
                    newValue: "1e-12 1e-12 1e-12"),
            ])
        let shown = try RunReport.text(store, runID: run.id)
        #expect(shown.hasPrefix("run \(run.id)  untitled  not-converged  ("))
        #expect(
            shown.contains(
                "  changed       \(criteria) from iteration 31: 1e-06 1e-06 1e-06 -> "
                    + "0.00055 0.0001 0.0001\n"))
        #expect(shown.contains("  criteria      continuity 1e-12, y-velocity 1e-12\n"))
    }
}
