import CommandShell
import Courant
import Foundation
import Testing

@Suite struct BadInputTests {
    func error(running text: String) -> String? {
        let harness = SessionHarness()
        do {
            try harness.run(text, file: "case.jou")
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func unknownCommandNamesTheLine() {
        #expect(
            error(running: "/mesh/cells-x 4\n/solve/frobnicate 3")?
                .hasPrefix("case.jou:2: ") == true)
    }

    @Test func badNumberNamesFileLineAndPath() {
        #expect(
            error(running: "\n/define/materials/viscosity abc")
                == "case.jou:2: /define/materials/viscosity: 'abc' is not a number")
    }

    /// `courant run --set /tui/path=VALUE` is applied at initialisation; a mistake in it is
    /// named as typed, at the journal line where it was applied, and no flow is initialised.
    @Test func aBadSettingOverrideIsNamedAsTyped() throws {
        let cases = [
            (
                "/solve/set/under-relaxation/mom", "abc",
                "case.jou:2: --set /solve/set/under-relaxation/mom=abc: 'abc' is not a number"
            ),
            (
                "/solve/set/foo", "5",
                "case.jou:2: --set /solve/set/foo=5: no item 'foo'; items are p-v-coupling, "
                    + "gradient-scheme, discretization-scheme, under-relaxation, linear-solver"
            ),
        ]
        for (path, value, expected) in cases {
            let harness = SessionHarness()
            try harness.run(SessionHarness.cavity(cells: 4))
            harness.session.settingOverrides = [(path, value)]
            do {
                try harness.run("\n/solve/initialize/initialize-flow", file: "case.jou")
                Issue.record("expected an error for --set \(path)=\(value)")
            } catch {
                #expect("\(error)" == expected)
            }
            #expect(!harness.console.text.contains("Flow initialized"))
        }
    }

    @Test func wrongNumberOfPerEquationValuesListsTheEquations() {
        #expect(
            error(running: "/solve/monitors/residual/convergence-criteria 1e-3 1e-3")
                == "case.jou:1: /solve/monitors/residual/convergence-criteria: expected 3 values "
                + "(continuity, x-velocity, y-velocity), got 2")
    }

    @Test func outOfRangeRelaxationKeepsThePreviousValue() throws {
        let harness = SessionHarness()
        #expect(throws: ShellError.self) {
            try harness.run("/solve/set/under-relaxation/pressure 1.5")
        }
        #expect(harness.session.settings.setup.underRelaxation.pressure == 0.3)
    }

    @Test func iteratingBeforeInitialisationIsAClearError() {
        #expect(
            error(running: "/solve/iterate 10")
                == "case.jou:1: /solve/iterate: the flow is not initialized: use "
                + "/solve/initialize/initialize-flow")
    }

    @Test func inconsistentMeshIsReportedAtInitialisation() {
        let message = error(running: "/mesh/x-edges \"0 1 2\"\n/solve/initialize/initialize-flow")
        #expect(message?.hasPrefix("case.jou:2: /solve/initialize/initialize-flow: ") == true)
    }

    @Test func failedCaseWriteLeavesNoFile() throws {
        let directory = SessionHarness.temporaryPath("missing-dir")
        let message = error(running: "/file/write-case \(directory)/case.jou")
        #expect(message?.hasPrefix("case.jou:1: /file/write-case: cannot write") == true)
        #expect(!FileManager.default.fileExists(atPath: directory))
    }
}

@Suite struct SettingRangeTests {
    @Test func zeroOrNegativeValuesAreRejectedAndTheOldValueKept() throws {
        let harness = SessionHarness()
        for line in [
            "/solve/set/under-relaxation/mom 0",
            "/solve/monitors/residual/convergence-criteria 1e-3 -1e-3 1e-3",
            "/define/materials/viscosity 0",
        ] {
            #expect(throws: ShellError.self) { try harness.run(line) }
        }
        let settings = harness.session.settings
        #expect(settings.setup.underRelaxation.momentum == 0.7)
        #expect(settings.residualMonitors.monitors.map(\.absoluteCriterion) == [1e-3, 1e-3, 1e-3])
        #expect(settings.setup.fluid.viscosity == 1.7894e-5)
    }
}
