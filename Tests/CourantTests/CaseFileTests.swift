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
        // Every setting line carries its value: with no inlet, no velocity-inlet line at all
        // (it was written as a bare path, `.../velocity-magnitude`).
        for line in journal.split(separator: "\n") where line.hasPrefix("/") {
            #expect(line.split(separator: " ").count >= 2, "\(line)")
        }
        #expect(!journal.contains("velocity-inlet"))
    }

    /// Writing a case, transcript or recorded journal to a device (`/dev/null`, as a user
    /// discards output) writes into it; it used to rename a new regular file over the path,
    /// which as root replaces the device. A copy of /dev/null in a scratch folder stands in
    /// (creating it needs root; otherwise the test is skipped with the reason printed).
    @Test func writingToADeviceLeavesItADevice() throws {
        let folder = SessionHarness.temporaryPath("device")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let device = folder + "/null"
        // Device 1:3 (major 1, minor 3) in glibc's encoding: minor in the low 8 bits.
        guard mknod(device, S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0 else {
            print("skipped: mknod needs root to make a copy of /dev/null")
            return
        }
        let harness = SessionHarness()
        try harness.run(
            """
            /file/start-transcript \(device)
            /file/start-journal \(device)
            /file/write-case \(device)
            /file/stop-journal
            /file/stop-transcript
            """)
        let type = try FileManager.default.attributesOfItem(atPath: device)[.type]
        #expect(type as? FileAttributeType == .typeCharacterSpecial)
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
