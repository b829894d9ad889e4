import CommandShell
import Courant
import FiniteVolume
import FlowSolver
import Monitoring
import Testing

/// Fluent's forms read in this round: zone ids, force monitors, convergence conditions in the
/// keyword form with `frequency`, `compute-defaults/all-zones`, `gradient-scheme` answers,
/// `relaxation-method`, `pseudo-time-method`, the `/mesh` queries, a path continuing past a
/// command, and `grid` for `mesh`. Values are checked exactly on the 40 × 10 channel (inlet 3,
/// outlet 4, lower-wall 5, upper-wall 6).
@Suite struct FluentSolveFormsTests {
    static func channel() throws -> SessionHarness { try FluentReportCommandsTests.channel() }

    static func rejection(_ text: String, in harness: SessionHarness) -> ShellError? {
        FluentReportCommandsTests.rejection(text, in: harness)
    }

    @Test func zoneIdsNameTheZonesListZonesPrints() throws {
        let harness = try Self.channel()
        try harness.run(
            """
            /define/boundary-conditions/list-zones
            /define/boundary-conditions/velocity-inlet 3 no no yes yes no 2.5 no 0
            /solve/report-definitions add f force thread-names 5 6 () q
            /solve/report-definitions add m surface-massflowrate zone-names 4 () q
            /solve/initialize/compute-defaults/velocity-inlet 3
            """)
        #expect(
            harness.console.text.contains(
                """
                   id  name                  type
                    1  fluid                 fluid
                    2  interior              interior
                    3  inlet                 velocity-inlet
                    4  outlet                pressure-outlet
                    5  lower-wall            wall
                    6  upper-wall            wall

                """))
        #expect(harness.session.settings.patch("inlet").inletSpeed == 2.5)
        #expect(
            harness.session.settings.reportDefinitions.map(\.quantity) == [
                .force(patches: ["lower-wall", "upper-wall"], direction: Vector3(1, 0, 0)),
                .massFlowRate(patch: "outlet"),
            ])
        #expect(harness.session.settings.setup.initialValues.xVelocity == 2.5)
        #expect(
            Self.rejection(
                "/solve/report-definitions add g force thread-names 7 () q", in: harness)?
                .message == "no boundary zone with id 7; ids are 3-6 "
                + "(/define/boundary-conditions/list-zones)")
        #expect(
            Self.rejection("/solve/initialize/compute-defaults/velocity-inlet 4", in: harness)?
                .message.contains("'4' is not a velocity-inlet zone; they are inlet") == true)
    }

    @Test func forceMonitorsAreScaledForceReportsAndTheirFiles() throws {
        let harness = try Self.channel()
        try harness.run(
            """
            /report/reference-values/velocity 2
            /solve/monitors/force/set-drag-monitor cd-1 yes lower-wall () yes yes "cd.out" no no 1 0
            /solve/monitors/force/set-lift-monitor cl-1 yes 6 () no no yes 2 no 0 1 0
            /solve/monitors/force/drag-coefficient n lower-wall () y n n n 1 0
            """)
        let settings = harness.session.settings
        #expect(
            settings.reportDefinitions.map(\.quantity) == [
                .forceCoefficient(
                    patches: ["lower-wall"], direction: Vector3(1, 0, 0),
                    referenceDensity: 1.225, referenceVelocity: 2, referenceArea: 1),
                .forceCoefficient(
                    patches: ["upper-wall"], direction: Vector3(0, 1, 0),
                    referenceDensity: 1.225, referenceVelocity: 2, referenceArea: 1),
            ])
        #expect(settings.reportNames == ["cd-1", "cl-1"])
        #expect(
            settings.reportFiles == [
                ReportFileSpecification(name: "cd-1-file", path: "cd.out", reports: ["cd-1"])
            ])
        #expect(harness.console.text.contains("cd is inactive: not defined"))
        // They follow the reference values as Fluent's monitors do.
        try harness.run("/report/reference-values/density 1")
        guard
            case .forceCoefficient(_, _, let density, _, _) = try #require(
                harness.session.settings.reportDefinitions.first?.quantity)
        else { throw ShellError("not a coefficient") }
        #expect(density == 1)
        #expect(
            Self.rejection(
                "/solve/monitors/force/set-drag-monitor c yes inlet () no no no no 1 0",
                in: harness)?.message.contains("no wall zone 'inlet'") == true)
        #expect(
            Self.rejection(
                "/solve/monitors/force/set-drag-monitor c yes lower-wall () no no no no 0 0 1",
                in: harness)?.reason == .unavailable)
        #expect(harness.session.settings.reportNames == ["cd-1", "cl-1"])
    }

    @Test func convergenceConditionsInFluentsKeywordForm() throws {
        let harness = try Self.channel()
        try harness.run(
            """
            /solve/report-definitions add flow surface-massflowrate zone-names outlet () q
            /solve/convergence-conditions conv-reports add con-flow initial-values-to-ignore 20 previous-values-to-consider 15 print? yes report-defs flow stop-criterion 1e-05 quit quit condition 2 frequency 3 quit
            """)
        var expected = ConvergenceCondition(reportDefinition: "flow")
        expected.stopCriterion = 1e-5
        expected.initialValuesToIgnore = 20
        expected.previousValuesToConsider = 15
        let settings = harness.session.settings.convergenceConditions
        #expect(settings.conditions == [expected])
        #expect(settings.combination == .any)
        #expect(settings.frequency == 3)
        try harness.run("/solve/convergence-conditions frequency 4 quit")
        #expect(harness.session.settings.convergenceConditions.frequency == 4)
        // The case file keeps the frequency.
        #expect(
            harness.session.caseJournal.contains("\n/solve/convergence-conditions/frequency 4\n"))
        #expect(
            Self.rejection(
                "/solve/convergence-conditions conv-reports add c2 report-defs nope quit",
                in: harness)?.message.hasPrefix("report-defs: no such report definition") == true)
        #expect(harness.session.settings.convergenceConditions.conditions.count == 1)
    }

    /// Conditions are judged only at multiples of `frequency`.
    @Test func theFrequencyDecidesWhenConditionsMayEndTheRun() throws {
        var settings = ConvergenceConditionSettings()
        var condition = ConvergenceCondition(reportDefinition: "r")
        condition.stopCriterion = 0.5
        settings.conditions = [condition]
        settings.frequency = 3
        var check = ConvergenceConditionCheck(settings: settings)
        let met = (1...6).map { iteration in
            check.judge(
                IterationRecord(
                    iteration: iteration, residuals: [],
                    reports: [ReportValue(name: "r", value: 1)], wallSeconds: 0)
            ).isMet
        }
        #expect(met == [false, false, true, false, false, true])
    }

    @Test func allZonesAveragesWhatTheBoundaryZonesSet() throws {
        let harness = try Self.channel()
        try harness.run(
            """
            /define/boundary-conditions/pressure-outlet/gauge-pressure 4
            /solve/initialize/compute-defaults/all-zones
            """)
        let initial = harness.session.settings.setup.initialValues
        #expect(initial.xVelocity == 1 && initial.yVelocity == 0 && initial.zVelocity == 0)
        #expect(abs(initial.pressure - 4) < 1e-12)
        #expect(abs(initial.temperature - 300) < 1e-9)
    }

    @Test func solutionControlsTakeCourantsChoiceAndRefuseTheRest() throws {
        let harness = try Self.channel()
        try harness.run(
            """
            /solve/set/gradient-scheme no no
            /solve/set/relaxation-method "gauss-seidel"
            /solve/set/pseudo-time-method formulation
            0
            /solve/set/pseudo-time-method/relaxation-factors density 0.9
            """)
        #expect(harness.session.settings.setup.gradientScheme == .greenGaussCellBased)
        try harness.run("/solve/set/gradient-scheme n y")
        #expect(harness.session.settings.setup.gradientScheme == .leastSquaresCellBased)
        try harness.run("/solve/set/gradient-scheme green-gauss-cell-based")
        #expect(harness.session.settings.setup.gradientScheme == .greenGaussCellBased)
        #expect(
            Self.rejection("/solve/set/gradient-scheme yes no", in: harness)?.reason == .unavailable
        )
        #expect(
            Self.rejection("/solve/set/gradient-scheme no no no", in: harness)?.reason == .malformed
        )
        #expect(harness.session.settings.setup.gradientScheme == .greenGaussCellBased)
        #expect(
            Self.rejection("/solve/set/relaxation-method ilu", in: harness)?.reason == .unavailable)
        #expect(
            Self.rejection("/solve/set/pseudo-time-method/formulation 1", in: harness)?.reason
                == .unavailable)
        #expect(
            Self.rejection("/solve/set/pseudo-time-method/formulation x", in: harness)?.reason
                == .malformed)
        #expect(harness.console.text.contains("relaxation-factors: ignored: pseudo-transient"))
    }

    @Test func meshQueriesAPathPastACommandAndGrid() throws {
        let harness = try Self.channel()
        try harness.run(
            """
            grid check
            /mesh/mesh-info
            /mesh/quality
            /mesh/memory-usage
            /mesh/reorder/reorder-domain
            /solve/set/number-of-iterations/9
            """)
        let text = harness.console.text
        #expect(text.contains("Domain Extents:"))
        #expect(text.contains("2-D mesh: 400 cells, 850 faces"))
        #expect(text.contains("Minimum Orthogonal Quality = 1.000000e+00"))
        #expect(text.contains("400 cells; a solution is estimated to need "))
        #expect(text.contains("/mesh/reorder: ignored"))
        #expect(harness.session.iterationCount == 9)
        #expect(
            Self.rejection("/mesh/modify-zones/make-periodic a b", in: harness)?.reason
                == .unavailable)
    }
}
