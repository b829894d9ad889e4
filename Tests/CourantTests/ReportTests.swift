import CommandShell
import Courant
import Foundation
import Monitoring
import Testing

@Suite struct ReportTests {
    /// A 16² cavity at Re = 100 with Fluent's default SIMPLE controls and residual criteria
    /// (1e-3), a report of the x-force on the lid, and a condition on it: relative change below
    /// 1e-4 over 20 consecutive iterations.
    func cavityWithLidForceCondition(residualsRequired: Bool) -> String {
        """
        /mesh/cells-x 16
        /mesh/cells-y 16
        /mesh/patch-names left right bottom lid
        /define/materials/density 1
        /define/materials/viscosity 0.01
        /define/boundary-conditions/wall/x-velocity 0 0 0 1
        /solve/report-definitions/force lid-force lid 1 0
        /solve/convergence-conditions/conv-reports/add lid-force 1e-4 0 20 yes yes
        /solve/convergence-conditions/residual-criteria-required? \(residualsRequired ? "yes" : "no")
        /solve/initialize/initialize-flow
        /solve/iterate 3000
        """
    }

    @Test func runEndsOnTheReportConditionWhileResidualsAreStillAboveOneInAThousand() throws {
        let harness = SessionHarness()
        try harness.run(cavityWithLidForceCondition(residualsRequired: false))
        let outcome = try #require(harness.session.lastOutcome)
        #expect(outcome.status == .converged)
        let continuity = try #require(outcome.lastRecord?.residuals.first)
        #expect(continuity.scaled > 1e-3)
        #expect(
            harness.console.text.contains("Solution for report definition lid-force has converged"))
    }

    @Test func runNeedsTheConditionAndTheResidualsByDefault() throws {
        let conditionOnly = SessionHarness()
        try conditionOnly.run(cavityWithLidForceCondition(residualsRequired: false))
        let both = SessionHarness()
        try both.run(cavityWithLidForceCondition(residualsRequired: true))
        let outcome = try #require(both.session.lastOutcome)
        #expect(outcome.status == .converged)
        #expect(outcome.lastRecord?.residuals.allSatisfy { $0.scaled < 1e-3 } == true)
        #expect(
            outcome.iterationsPerformed
                > (conditionOnly.session.lastOutcome?.iterationsPerformed ?? .max))
    }

    @Test func reportFileHoldsTheValuesTheConsolePrints() throws {
        let harness = SessionHarness()
        let path = SessionHarness.temporaryPath("lid.csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try harness.run(
            SessionHarness.cavity(cells: 8) + """

                /solve/report-definitions/force lid-force lid 1 0
                /solve/report-definitions/point-value centre-u x-velocity 0.5 0.5
                /solve/report-files/create lid-file \(path) lid-force,centre-u
                /solve/initialize/initialize-flow
                /solve/iterate 15
                """)
        let rows = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(rows.first == "iteration,lid-force,centre-u")
        #expect(rows.count == 16)
        let tableRows = harness.console.lines.filter {
            $0.hasPrefix("     ") || $0.hasPrefix("    1")
        }
        for (csvRow, tableRow) in zip(rows.dropFirst(), tableRows) {
            let csv = csvRow.split(separator: ",").dropFirst().compactMap { Double(String($0)) }
            let table = tableRow.split(separator: " ").map(String.init)
            // Table: iter, 3 residuals, 2 reports, time, iterations left.
            let printed = table[4...5].compactMap(Double.init)
            #expect(
                csv.map { String(format: "%.4e", $0) } == printed.map { String(format: "%.4e", $0) }
            )
        }
    }

    @Test func reportOnAMissingPatchIsRejectedAndNothingChanges() {
        let harness = SessionHarness()
        #expect(throws: ShellError.self) {
            try harness.run("/solve/report-definitions/mass-flow-rate out nowhere")
        }
        #expect(harness.session.settings.reportDefinitions.isEmpty)
    }

    @Test func conditionOnAnUndefinedReportIsRejected() {
        let harness = SessionHarness()
        var message = ""
        do {
            try harness.run("/solve/convergence-conditions/conv-reports/add drag 1e-4 0 5 yes yes")
        } catch { message = "\(error)" }
        #expect(message.hasPrefix("test.jou:1: /solve/convergence-conditions/conv-reports/add: "))
        #expect(harness.session.settings.convergenceConditions.conditions.isEmpty)
    }

    @Test func negativeIterationCountIsRejected() {
        let harness = SessionHarness()
        #expect(throws: ShellError.self) { try harness.run("/solve/iterate -5") }
        #expect(throws: ShellError.self) {
            try harness.run(
                "/solve/report-definitions/force f lid 1 0\n"
                    + "/solve/convergence-conditions/conv-reports/add f 1e-3 -2 5 yes yes")
        }
        #expect(harness.session.settings.convergenceConditions.conditions.isEmpty)
    }

    @Test func caseFileRecreatesReportsFilesAndConditions() throws {
        let first = SessionHarness()
        try first.run(
            """
            /mesh/patch-names left right bottom lid
            /solve/report-definitions/force lid-force lid 1 0
            /solve/report-definitions/nusselt nu-left left 1 10
            /solve/report-files/create f out.csv lid-force,nu-left
            /solve/convergence-conditions/conv-reports/add lid-force 1e-5 10 20 yes no
            """)
        let second = SessionHarness()
        try second.run(first.session.caseJournal)
        #expect(second.session.settings == first.session.settings)
        #expect(second.session.caseJournal == first.session.caseJournal)
    }
}
