import CommandShell
import Courant
import FiniteVolume
import FlowSolver
import Testing

/// Fluent's report and set-up forms read from journals: `report-definitions add NAME TYPE ...`,
/// `/report/reference-values`, `/report/forces/wall-forces` (on the developed plane-Poiseuille
/// channel, whose wall shear is known in closed form), `operating-conditions/gravity yes X Y`,
/// `materials/change-create`, `number-of-iterations` and `compute-defaults`.
@Suite struct FluentReportCommandsTests {
    /// The error `text` gives in a fresh channel set-up, or nil if it runs.
    static func rejection(_ text: String, in harness: SessionHarness) -> ShellError? {
        do {
            try harness.run(text)
            return nil
        } catch let error as ShellError {
            return error
        } catch {
            return ShellError("\(error)")
        }
    }

    /// The shipped channel's set-up (not solved): inlet, outlet, lower-wall, upper-wall.
    static func channel() throws -> SessionHarness {
        let harness = SessionHarness()
        try harness.run(
            """
            /mesh/x-edges "0 10"
            /mesh/y-edges "0 1"
            /mesh/cells-x 40
            /mesh/cells-y 10
            /mesh/patch-names inlet outlet lower-wall upper-wall
            /define/materials/density 1
            /define/materials/viscosity 0.01
            /define/boundary-conditions/zone-type velocity-inlet pressure-outlet wall wall
            /define/boundary-conditions/velocity-inlet/velocity-magnitude 1
            """)
        return harness
    }

    @Test func fluentReportDefinitionFormsMakeCourantsQuantities() throws {
        let harness = try Self.channel()
        try harness.run(
            """
            /solve/report-definitions add cd drag force-vector 1 0 0 thread-names lower-wall upper-wall , q
            /solve/report-definitions add fy force force-vector 0 1 zone-names upper-wall () q
            /solve/report-definitions/add t-out surface-areaavg
            field temperature
            surface-names outlet ()
            per-surface? no
            q
            /solve/report-definitions add m-out surface-massavg field x-velocity surface-names outlet () quit
            /solve/report-definitions add flow surface-massflowrate zone-names outlet () q
            """)
        let quantities = harness.session.settings.reportDefinitions.map(\.quantity)
        #expect(
            quantities == [
                .forceCoefficient(
                    patches: ["lower-wall", "upper-wall"], direction: Vector3(1, 0, 0),
                    referenceDensity: 1.225, referenceVelocity: 1, referenceArea: 1),
                .force(patches: ["upper-wall"], direction: Vector3(0, 1, 0)),
                .areaWeightedAverage(field: "temperature", patch: "outlet"),
                .massWeightedAverage(field: "x-velocity", patch: "outlet"),
                .massFlowRate(patch: "outlet"),
            ])
        try harness.run(
            """
            /solve/report-files add rf report-defs cd flow , file-name "r.out" active? yes q
            /solve/report-plots add plot report-defs cd () active yes q
            """)
        #expect(
            harness.session.settings.reportFiles == [
                ReportFileSpecification(name: "rf", path: "r.out", reports: ["cd", "flow"])
            ])
        #expect(harness.console.text.contains("/solve/report-plots: ignored: no graphics"))
        #expect(
            Self.rejection(
                "/solve/report-files add rf2 report-defs nope () file-name f q", in: harness)?
                .message == "no report definition named nope")
        // A scaled drag follows the reference values, as Fluent's does: C = F·depth/(½ρU²A).
        try harness.run(
            """
            /report/reference-values/density 2
            /report/reference-values/velocity 3
            /report/reference-values/area 0.5
            /report/reference-values/depth 0.25
            """)
        #expect(
            harness.session.settings.reportDefinitions[0].quantity
                == .forceCoefficient(
                    patches: ["lower-wall", "upper-wall"], direction: Vector3(1, 0, 0),
                    referenceDensity: 2, referenceVelocity: 3, referenceArea: 2))
        // The case file keeps the reference values that differ from Fluent's defaults.
        #expect(harness.session.caseJournal.contains("/report/reference-values/density 2\n"))
        #expect(!harness.session.caseJournal.contains("/report/reference-values/pressure"))
    }

    @Test func fluentReportDefinitionMistakesAreOneLineRefusals() throws {
        let harness = try Self.channel()
        let cases: [(String, ShellError.Reason, String)] = [
            ("add f force thread-names 4 () q", .failed, "zone outlet is not a wall"),
            ("add f force thread-names 9 () q", .failed, "no boundary zone with id 9"),
            ("add f force thread-names inlet () q", .failed, "zone inlet is not a wall"),
            ("add f volume-max field temperature zone-names fluid () q", .failed, "volume-max"),
            ("add f drag force-vector 0 0 1 thread-names upper-wall () q", .unavailable, "z = 1"),
            ("add f surface-areaavg average-over 1 q", .malformed, "average-over"),
            ("add f surface-areaavg field heat-flux q", .failed, "field"),
            ("add f surface-massflowrate zone-names inlet outlet () q", .failed, "one zone"),
        ]
        for (text, reason, words) in cases {
            let error = Self.rejection("/solve/report-definitions/" + text, in: harness)
            #expect(error?.reason == reason, "\(text): \(String(describing: error))")
            #expect(error?.message.contains(words) == true, "\(text): \(String(describing: error))")
        }
        #expect(harness.session.settings.reportDefinitions.isEmpty)
    }

    /// Developed plane Poiseuille flow on n = 10 cells across (h = H/10): the discrete profile
    /// that satisfies central differences inside and the wall's two-point flux μ·u_P/(h/2) is
    /// u = a(yH − y² + h²/4); its midpoint-rule mean is a(H²/6 + h²/12 + h²/4) = U, so
    /// a = U/(H²/6 + h²/3) = 1/0.17 m⁻¹s⁻¹ and the wall shear is μ·a·H = 0.0588 Pa on each
    /// wall: over two walls of L = 10 m, 2·L·μ·a·H = 1.1765 N per m depth along x (the
    /// developing inlet region takes a few parts in a thousand). The walls' normals are ±y, so
    /// their pressure force along x is exactly zero.
    @Test func wallForcesOnTheDevelopedChannelAreItsWallShear() throws {
        let harness = try Self.channel()
        try harness.run(
            """
            /define/boundary-conditions/velocity-inlet/profile parabolic
            /solve/set/p-v-coupling SIMPLEC
            /solve/set/under-relaxation/pressure 1
            /solve/set/under-relaxation/mom 0.9
            /solve/monitors/residual/print? no
            /solve/monitors/residual/convergence-criteria 1e-7 1e-7 1e-7
            /solve/initialize/compute-defaults/velocity-inlet inlet
            /solve/initialize/initialize-flow
            /solve/iterate 3000
            /report/reference-values/density 0.5
            /report/reference-values/velocity 2
            /report/reference-values/area 4
            """)
        #expect(harness.session.lastOutcome?.status == .converged)
        harness.console.clear()
        try harness.run("/report/forces/wall-forces yes 1 0 no")
        let lines = harness.console.text.split(separator: "\n")
        #expect(lines.first == "Forces - Direction Vector (1 0)")
        let net = try #require(lines.last?.split(separator: " ").compactMap { Double($0) })
        #expect(lines.last?.hasPrefix("Net") == true)
        #expect(net.count == 6)
        #expect(net[0] == 0)
        #expect(abs(net[1] - 0.2 / 0.17) < 0.005 * 0.2 / 0.17, "\(net)")
        // Coefficients: F / (½ · 0.5 · 2² · 4) = F / 4.
        #expect(abs(net[5] - net[2] / 4) < 1e-6 * abs(net[2]))
        #expect(
            Self.rejection("/report/forces/wall-forces no floor () 1 0 no", in: harness)?.message
                .contains("no wall zone 'floor'") == true)
    }

    @Test func fluentSetUpFormsSetCourantsSettings() throws {
        let harness = try Self.channel()
        try harness.run(
            """
            /define/operating-conditions/gravity yes 0 -9.81
            /define/materials/change-create air air yes constant 1.5 no no yes constant 2e-05 no no no
            /define/operating-conditions/operating-pressure 101325
            /solve/initialize/compute-defaults/velocity-inlet inlet
            """)
        let setup = harness.session.settings.setup
        #expect(setup.operating.gravity == Vector3(0, -9.81, 0))
        #expect(setup.fluid.density == 1.5)
        #expect(setup.fluid.viscosity == 2e-05)
        #expect(setup.initialValues.xVelocity == 1)
        #expect(setup.initialValues.yVelocity == 0)
        try harness.run("/define/operating-conditions/gravity no")
        #expect(harness.session.settings.setup.operating.gravity == .zero)
        #expect(
            Self.rejection("/define/operating-conditions/gravity yes 0 0 -9.81", in: harness)?
                .reason == .unavailable)
        // Fluent's heated-plate material: a property Courant lacks refuses the whole command.
        let error = Self.rejection(
            "/define/materials/change-create air , yes constant 0.3525 yes constant 1142.6 yes "
                + "constant 0.068 yes constant 3.95e-05 no no yes constant 619", in: harness)
        #expect(error?.reason == .unavailable)
        #expect(harness.session.settings.setup.fluid.density == 1.5)
        #expect(
            Self.rejection("/define/materials/change-create air air yes ideal-gas no", in: harness)?
                .reason == .unavailable)
    }

    /// The count `/solve/iterate` offers as its default (what Enter takes at its prompt).
    @Test func iterateOffersTheNumberOfIterationsSet() throws {
        let harness = try Self.channel()
        try harness.run("/solve/set/number-of-iterations 7")
        guard
            case .menu(let solve) = try #require(
                harness.session.root.children.first { $0.name == "solve" }),
            case .command(let iterate) = try #require(
                solve.children.first { $0.name == "iterate" })
        else { throw ShellError("no /solve/iterate") }
        #expect(iterate.arguments.first?.defaultValue() == .integer(7))
    }

    /// A bare `/solve/iterate` in a journal runs the count set (Fluent's run-calculation count).
    @Test func aBareIterateInAJournalRunsTheNumberOfIterationsSet() throws {
        let harness = try Self.channel()
        try harness.run(
            """
            /solve/initialize/initialize-flow
            /solve/set/number-of-iterations 3
            /solve/iterate
            """)
        #expect(harness.session.lastOutcome?.lastRecord?.iteration == 3)
        try harness.run("it\n")
        #expect(harness.session.lastOutcome?.lastRecord?.iteration == 6)
    }
}
