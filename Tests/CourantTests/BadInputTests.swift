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
                "case.jou:2: --set /solve/set/foo=5: no item 'foo'; items are number-of-iterations, "
                    + "p-v-coupling, gradient-scheme, discretization-scheme, under-relaxation, "
                    + "linear-solver, relaxation-method, number-of-time-steps, time-step, "
                    + "max-iterations-per-time-step, pseudo-time-method"
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

    /// The estimate is 32 MiB + 1536 bytes per cell: 100 × 100 cells need 48,914,432 bytes.
    @Test func aMeshIsRefusedWhenItsEstimateExceedsTheMemoryAvailable() throws {
        var mesh = MeshSpecification()
        mesh.cellsX = [60, 40]
        mesh.xEdges = [0, 0.6, 1]
        mesh.gradingX = [1, 1]
        mesh.cellsY = [100]
        #expect(mesh.cellCount == 10_000)
        #expect(MeshSpecification.estimatedBytes(cells: 10_000) == 48_914_432)
        let small = MachineMemory(availableBytes: 48_914_431, source: "test")
        #expect(throws: MeshTooLarge(cells: 10_000, memory: small)) { try mesh.mesh(memory: small) }
        #expect(
            "\(MeshTooLarge(cells: 10_000, memory: small))"
                == "the mesh would have 10000 cells, needing about 46.6 MiB of memory; "
                + "46.6 MiB are available (test): use fewer cells")
        let enough = MachineMemory(availableBytes: 48_914_432, source: "test")
        #expect(try mesh.mesh(memory: enough).nCells == 10_000)
        mesh.solidBlocks = [.init(column: 1, row: 0)]
        #expect(mesh.cellCount == 6_000)
        #expect(throws: Never.self) { try mesh.checkMemory(small) }
    }

    /// Counts past 2⁶³ are refused, not trapped on overflow.
    @Test func aCellCountBeyondSixtyFourBitsIsRefused() {
        #expect(
            error(running: "/mesh/cells-x 9223372036854775807\n/mesh/cells-y 2\n/mesh/info")
                == "case.jou:3: /mesh/info: the mesh would have more cells than a 64-bit "
                + "count holds: use fewer cells")
        #expect(
            error(
                running: "/mesh/cells-x 100000\n/mesh/cells-y 100000\n"
                    + "/solve/initialize/initialize-flow")?.hasPrefix(
                    "case.jou:3: /solve/initialize/initialize-flow: the mesh would have "
                        + "10000000000 cells") == true)
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

/// A value out of bounds typed at a prompt (0 for a criterion, 1.5 for a relaxation factor,
/// a malformed mesh list) is reported and asked for again, as a non-number is; it used to
/// abandon the whole command.
@Suite struct OutOfBoundsAtAPromptTests {
    @Test func outOfBoundsValuesAtAPromptAreAskedForAgain() throws {
        let harness = SessionHarness()
        let console = CapturedOutput()
        let answers = ["0", "abc", "1e-4", ",", ",", "1.5", "0.5", "\"0 x 1\"", "\"0 0.4 1\""]
        let shell = ShellSession(
            root: harness.session.root, output: console,
            input: ScriptedLines(lines: answers), isInteractive: true,
            interrupt: InterruptFlag())
        try shell.execute("so mo re co")
        try shell.execute("/solve/set/under-relaxation/mom")
        try shell.execute("/mesh/x-edges")
        #expect(
            console.lines == [
                "/solve/monitors/residual/convergence-criteria: 0 must be positive",
                "/solve/monitors/residual/convergence-criteria: 'abc' is not a number",
                "/solve/set/under-relaxation/mom: 1.5 is outside (0, 1]",
                "/mesh/x-edges: 'x' is not a number",
            ])
        let monitors = harness.session.settings.residualMonitors
        #expect(monitors["continuity"]?.absoluteCriterion == 1e-4)
        #expect(harness.session.settings.setup.underRelaxation.momentum == 0.5)
        #expect(harness.session.settings.mesh.xEdges == [0, 0.4, 1])
    }
}
