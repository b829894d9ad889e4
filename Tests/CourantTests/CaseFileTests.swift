import CommandShell
import Courant
import Foundation
import Testing

@Suite struct CaseFileTests {
    @Test func writtenCaseReadIntoAFreshSessionWritesTheSameCase() throws {
        let first = SessionHarness()
        try first.run(
            SessionHarness.cavity(cells: 12, criterion: "2.5e-5") + """

                /define/models/energy? yes
                /mesh/grading-y 2
                /define/boundary-conditions/zone-type wall pressure-outlet wall wall
                /define/boundary-conditions/wall/thermal-condition temperature adiabatic adiabatic
                """
        )
        let journal = first.session.caseJournal
        let second = SessionHarness()
        try second.run(journal, file: "case.jou")
        #expect(second.session.caseJournal == journal)
        #expect(second.session.settings == first.session.settings)
        #expect(journal.contains("/solve/monitors/residual/convergence-criteria 2.5e-05"))
    }

    @Test func zoneTypeIsAChoiceAndPatchValuesFollowTheZoneType() throws {
        let harness = SessionHarness()
        try harness.run(
            """
            /mesh/patch-names in out bottom top
            /define/boundary-conditions/zone-type velocity-inlet pressure-outlet wall symmetry
            /define/boundary-conditions/velocity-inlet/velocity-magnitude 2.5
            /define/boundary-conditions/pressure-outlet/gauge-pressure 10
            """)
        let settings = harness.session.settings
        #expect(settings.patch("in").zoneType == .velocityInlet)
        #expect(settings.patch("in").inletSpeed == 2.5)
        #expect(settings.patch("out").outletGaugePressure == 10)
        #expect(settings.patch("top").zoneType == .symmetry)
    }

    @Test func energyAddsItsResidualWithFluentsCriterion() throws {
        let harness = SessionHarness()
        #expect(harness.session.settings.equations == ["continuity", "x-velocity", "y-velocity"])
        try harness.run("/define/models/energy? yes")
        #expect(harness.session.settings.residualMonitors["energy"]?.absoluteCriterion == 1e-6)
        #expect(
            throws: ShellError.self,
            performing: {
                try harness.run("/solve/monitors/residual/convergence-criteria 1e-3 1e-3 1e-3")
            })
    }
}
