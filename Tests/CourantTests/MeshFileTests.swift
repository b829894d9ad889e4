import CommandShell
import Courant
import Foundation
import Testing

/// Mesh files as the case's mesh: `/file/import/gmsh`, `/file/read-mesh`, `/mesh/file/...`,
/// `/mesh/info`, `/mesh/check`, `/mesh/scale` and boundary conditions by zone name, on the
/// MeshImport fixtures (made by Gmsh and by OpenFOAM's foamMeshToFluent, not by Courant).
@Suite struct MeshFileTests {
    /// `Tests/MeshImportTests/Fixtures`, found from this file's path.
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("MeshImportTests/Fixtures").path

    /// A journal "in" the fixtures folder, so relative mesh paths resolve there.
    static let journal = fixtures + "/case.jou"

    /// Zone types and values by zone name for the fixtures' inlet/outlet/walls zones.
    static let boundaryConditions = """
        /define/boundary-conditions/zone-type inlet velocity-inlet outlet pressure-outlet walls wall
        /define/boundary-conditions/velocity-inlet/velocity-magnitude inlet 1
        /define/materials/density 1
        /define/materials/viscosity 0.01
        """

    func error(_ harness: SessionHarness, running text: String) -> String? {
        do {
            try harness.run(text, file: "case.jou")
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func aGmshFileIsReadFromTheJournalsFolderAndDecidesPatchesAndEquations() throws {
        let harness = SessionHarness()
        try harness.run("/file/import/gmsh mixed3d-22-ascii.msh", file: Self.journal)
        let mesh = harness.session.settings.mesh
        #expect(mesh.file?.path == Self.fixtures + "/mixed3d-22-ascii.msh")
        #expect(mesh.file?.format == .gmsh)
        #expect(mesh.dimension == 3)
        #expect(mesh.patchNameList == ["inlet", "outlet", "walls"])
        #expect(
            harness.session.settings.equations
                == ["continuity", "x-velocity", "y-velocity", "z-velocity"])
        #expect(harness.console.text.contains("3-D, 404 cells"))
    }

    @Test func aFluentFileGivesItsZonesTheirFluentTypes() throws {
        let harness = SessionHarness()
        try harness.run("/file/read-mesh mixed3d-fluent.msh", file: Self.journal)
        let settings = harness.session.settings
        #expect(settings.mesh.file?.format == .fluent)
        // foamMeshToFluent writes zones in OpenFOAM's patch order, every one a pressure-outlet.
        #expect(settings.mesh.patchNameList == ["walls", "inlet", "outlet"])
        for zone in settings.mesh.patchNameList {
            #expect(settings.patch(zone).zoneType == .pressureOutlet)
        }
    }

    @Test func meshInfoListsZonesWithTypesAndFaces() throws {
        let harness = SessionHarness()
        try harness.run(
            "/file/import/gmsh mixed3d-22-ascii.msh\n"
                + "/define/boundary-conditions/zone-type inlet velocity-inlet\n/mesh/info",
            file: Self.journal)
        #expect(
            harness.console.text.hasSuffix(
                """
                3-D mesh: 404 cells, 966 faces (747 interior, 219 boundary), 181 nodes
                  zone interior: interior, 747 faces
                  zone inlet: velocity-inlet, 22 faces
                  zone outlet: wall, 22 faces
                  zone walls: wall, 175 faces

                """))
    }

    /// 2 × 2 unit square: cells 0.5 m × 0.5 m, aspect ratio √2 (corner over face distance);
    /// scaled by 2 × 3: cells 1 × 1.5, aspect ratio √(0.5² + 0.75²)/0.5 = 1.802776.
    @Test func meshCheckPrintsFluentsStatisticsExactlyOnABlockMesh() throws {
        let harness = SessionHarness()
        try harness.run("/mesh/cells-x 2\n/mesh/cells-y 2\n/mesh/check")
        let text = harness.console.text
        for line in [
            "   x-coordinate: min (m) = 0.000000e+00, max (m) = 1.000000e+00",
            "   minimum volume (m2): 2.500000e-01",
            "     total volume (m2): 1.000000e+00",
            "   maximum face area (m): 5.000000e-01",
            "   Minimum Orthogonal Quality = 1.000000e+00 (cell 0)",
            "   Maximum Aspect Ratio = 1.414214e+00 (cell 0)",
        ] {
            #expect(text.contains(line + "\n"), "\(line)")
        }
        #expect(!text.contains("z-coordinate"))
        try harness.run("/mesh/scale 2 3 1\n/mesh/check")
        let scaled = String(harness.console.text.dropFirst(text.count))
        for line in [
            "   y-coordinate: min (m) = 0.000000e+00, max (m) = 3.000000e+00",
            "   maximum volume (m2): 1.500000e+00",
            "     total volume (m2): 6.000000e+00",
            "   minimum face area (m): 1.000000e+00",
            "   Maximum Aspect Ratio = 1.802776e+00 (cell 0)",
        ] {
            #expect(scaled.contains(line + "\n"), "\(line)")
        }
    }

    /// The fixture fills [0, 2] × [0, 1] × [0, 1.6]; scaled by (2, 1, 0.5) it fills
    /// [0, 4] × [0, 1] × [0, 0.8], volume 3.2 m³ either way.
    @Test func meshScaleScalesAnImportedMeshAndCheckSeesIt() throws {
        let harness = SessionHarness()
        try harness.run(
            "/file/import/gmsh mixed3d-41-binary.msh\n/mesh/scale 2 1 0.5\n/mesh/check",
            file: Self.journal)
        let text = harness.console.text
        for line in [
            "   x-coordinate: min (m) = 0.000000e+00, max (m) = 4.000000e+00",
            "   z-coordinate: min (m) = 0.000000e+00, max (m) = 8.000000e-01",
            "     total volume (m3): 3.200000e+00",
        ] {
            #expect(text.contains(line + "\n"), "\(line)")
        }
        #expect(text.contains("   Minimum Orthogonal Quality = "))
        #expect(harness.session.settings.mesh.file?.scale.x == 2)
    }

    @Test func perPatchSettingsTakeZoneNamesOrOneValuePerZone() throws {
        let harness = SessionHarness()
        try harness.run("/file/import/gmsh mixed2d-22-ascii.msh", file: Self.journal)
        try harness.run("/define/boundary-conditions/zone-type velocity-inlet pressure-outlet wall")
        #expect(harness.session.settings.patch("outlet").zoneType == .pressureOutlet)
        try harness.run("/define/boundary-conditions/zone-type outlet symmetry")
        let settings = harness.session.settings
        #expect(settings.patch("inlet").zoneType == .velocityInlet)
        #expect(settings.patch("outlet").zoneType == .symmetry)
        #expect(settings.patch("walls").zoneType == .wall)
        try harness.run("/define/boundary-conditions/velocity-inlet/velocity-magnitude inlet 0.3")
        #expect(harness.session.settings.patch("inlet").inletSpeed == 0.3)
        #expect(
            error(harness, running: "/define/boundary-conditions/zone-type nozzle wall")
                == "case.jou:1: /define/boundary-conditions/zone-type: 'nozzle' is not one of: "
                + "wall, velocity-inlet, pressure-outlet, symmetry")
    }

    @Test func badMeshFilesAreOneLineErrorsAndChangeNothing() throws {
        let folder = SessionHarness.temporaryPath("bad-mesh")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let source = try String(
            contentsOfFile: Self.fixtures + "/mixed2d-41-ascii.msh", encoding: .utf8)
        try String(source.prefix(source.count / 2)).write(
            toFile: folder + "/truncated.msh", atomically: true, encoding: .utf8)
        let harness = SessionHarness()
        try harness.run("/file/import/gmsh \(Self.fixtures)/mixed2d-22-ascii.msh")
        let before = harness.session.settings
        let cases = [
            ("/file/import/gmsh \(folder)/missing.msh", "/file/import/gmsh: \(folder)/missing.msh"),
            (
                "/file/import/gmsh \(folder)/truncated.msh",
                "/file/import/gmsh: \(folder)/truncated.msh:"
            ),
            (
                "/file/read-mesh \(Self.fixtures)/mixed2d-22-ascii.msh",
                "/file/read-mesh: \(Self.fixtures)/mixed2d-22-ascii.msh"
            ),
            ("/mesh/scale 0 1 1", "/mesh/scale: "),
            ("/mesh/file/scale \"1 2\"", "/mesh/file/scale: "),
        ]
        for (command, prefix) in cases {
            let message = try #require(error(harness, running: "\n" + command), "\(command)")
            #expect(message.hasPrefix("case.jou:2: " + prefix), "\(message)")
            #expect(!message.contains("\n"), "\(message)")
            #expect(harness.session.settings == before, "\(command)")
        }
    }

    @Test func aCaseWithAMeshFileReadsBackToTheSameSettings() throws {
        let first = SessionHarness()
        try first.run(
            "/file/import/gmsh mixed3d-22-ascii.msh\n/mesh/scale 2 2 2\n"
                + Self.boundaryConditions
                + "\n/define/boundary-conditions/wall/z-velocity walls 0.5"
                + "\n/solve/report-definitions/point-value p-mid pressure 1 0.5 1.2",
            file: Self.journal)
        let journal = first.session.caseJournal
        #expect(journal.contains("/mesh/file/format gmsh\n"))
        #expect(journal.contains("/mesh/file/name \(Self.fixtures)/mixed3d-22-ascii.msh\n"))
        #expect(journal.contains("/mesh/file/scale \"2 2 2\"\n"))
        #expect(
            journal.contains("/solve/report-definitions/point-value p-mid pressure 1 0.5 1.2\n"))
        let second = SessionHarness()
        try second.run(journal, file: "elsewhere/case.jou")
        #expect(second.session.settings == first.session.settings)
        #expect(second.session.caseJournal == journal)
        #expect(second.session.settings.patch("walls").wallVelocity.z == 0.5)
    }

    @Test func residualsFollowTheMeshsEquationsWithZVelocityOnlyIn3D() throws {
        for (file, hasZ) in [("mixed3d-22-ascii.msh", true), ("mixed2d-22-ascii.msh", false)] {
            let harness = SessionHarness()
            try harness.run(
                "/file/import/gmsh \(file)\n" + Self.boundaryConditions
                    + "\n/solve/initialize/initialize-flow\n/solve/iterate 3",
                file: Self.journal)
            let record = try #require(harness.session.lastOutcome?.lastRecord)
            let equations = record.residuals.map(\.equation)
            #expect(equations.contains("z-velocity") == hasZ, "\(file)")
            #expect(harness.console.text.contains("z-velocity") == hasZ, "\(file)")
            #expect(record.residuals.allSatisfy { $0.scaled.isFinite })
        }
    }

    /// The same mesh read from Gmsh and from OpenFOAM's foamMeshToFluent conversion (same cells
    /// in the same order, the same geometry to the Fluent file's 11 digits) gives the same
    /// residual history to 1e-8 relative, both when every linear solve converges (tolerances
    /// 1e-14) and at the default loose tolerances (momentum 0.05, pressure 0.3), where the
    /// multigrid iterates depend on the agglomerates: those break ties between equal face
    /// weights by cell number, not by round-off in the coordinates.
    @Test func gmshAndFluentFilesOfOneMeshGiveTheSameResidualHistory() throws {
        func history(_ command: String, tight: Bool) throws -> [[Double]] {
            let harness = SessionHarness()
            let solves = """
                /solve/set/linear-solver/mom-tolerance 1e-14
                /solve/set/linear-solver/mom-max-sweeps 2000
                /solve/set/linear-solver/pressure-tolerance 1e-14
                /solve/set/linear-solver/pressure-max-sweeps 2000
                """
            try harness.run(
                command + "\n" + Self.boundaryConditions + "\n" + (tight ? solves : "")
                    + "\n/solve/initialize/initialize-flow", file: Self.journal)
            var rows: [[Double]] = []
            for _ in 0..<10 {
                try harness.run("/solve/iterate 1")
                let record = try #require(harness.session.lastOutcome?.lastRecord)
                rows.append(record.residuals.map(\.unscaled))
            }
            return rows
        }
        func agree(_ a: [[Double]], _ b: [[Double]], within tolerance: Double) {
            #expect(a.count == b.count)
            for (rowA, rowB) in zip(a, b) {
                for (x, y) in zip(rowA, rowB) {
                    #expect(
                        abs(x - y) <= tolerance * max(abs(x), abs(y), 1e-300),
                        "\(rowA) vs \(rowB)")
                }
            }
        }
        let gmsh = "/file/import/gmsh mixed3d-22-ascii.msh"
        let fluent = "/file/read-mesh mixed3d-fluent.msh"
        agree(try history(gmsh, tight: true), try history(fluent, tight: true), within: 1e-8)
        agree(try history(gmsh, tight: false), try history(fluent, tight: false), within: 1e-8)
    }

    /// The surrogate's case features come from the block settings, so on a mesh file it says
    /// the case is outside its training runs, naming why, even for a 2-D case.
    @Test func theLiveSurrogateSaysAnImportedMeshIsOutsideItsTrainingRuns() throws {
        let model = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("models/convergence-v2.safetensors").path
        let harness = SessionHarness()
        try harness.run(
            "/surrogate/load-model \(model)\n/file/import/gmsh mixed2d-22-ascii.msh\n"
                + Self.boundaryConditions
                + "\n/solve/initialize/initialize-flow\n/solve/iterate 2", file: Self.journal)
        let line = harness.console.text.split(separator: "\n").first {
            $0.hasPrefix("surrogate: this case lies outside the training runs")
        }
        #expect(line?.contains("not from this mesh file") == true, "\(harness.console.text)")
    }
}
