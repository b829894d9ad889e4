import CommandShell
import Courant
import FlowSolver
import Foundation
import Testing

/// Courant's data files (Fluent's `.dat`): `write-case-data` writes the solution beside the case
/// file, `read-case-data` reads both and continues where the run stopped, bit for bit; a bad or
/// mismatched data file is one line and changes nothing.
@Suite struct DataFileTests {
    /// The developing channel of `FluentReportCommandsTests` (laminar, or with SST k-ω),
    /// initialised.
    static func channel(turbulent: Bool = false) throws -> SessionHarness {
        let harness = try FluentReportCommandsTests.channel()
        if turbulent { try harness.run("/define/models/viscous/kw-sst? yes") }
        try harness.run("/solve/initialize/initialize-flow")
        return harness
    }

    static func folder() throws -> String {
        let path = SessionHarness.temporaryPath("data")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// With SST k-ω the data file also carries k, ω and μ_t.
    @Test(arguments: [false, true])
    func aRunContinuedFromItsCaseAndDataEqualsTheRunNotStopped(turbulent: Bool) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let straight = try Self.channel(turbulent: turbulent)
        try straight.run("/solve/iterate 7")

        let first = try Self.channel(turbulent: turbulent)
        try first.run("/solve/iterate 4\n/file/write-case-data \(folder)/run.cas")
        #expect(FileManager.default.fileExists(atPath: "\(folder)/run.dat"))
        let second = SessionHarness()
        try second.run("/file/read-case-data \(folder)/run.cas\n/solve/iterate 3")
        let continued = try #require(second.session.solver?.solutionState)
        let expected = try #require(straight.session.solver?.solutionState)
        #expect(continued.iteration == 7)
        #expect(continued == expected)
        #expect(second.console.text.contains("Solution read (iteration 4): 400 cells"))
        // Fluent's pair read-case then read-data does the same.
        let third = SessionHarness()
        try third.run(
            "/file/read-case \(folder)/run.cas\n/file/read-data \(folder)/run.dat\n"
                + "/solve/iterate 3")
        #expect(third.session.solver?.solutionState == expected)
    }

    @Test func dataFileNamesFollowTheCaseFileAsFluentsDo() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let harness = try Self.channel()
        try harness.run(
            """
            /solve/iterate 1
            /file/write-case-data \(folder)/a.cas.h5
            /file/write-case-data \(folder)/b
            /file/write-data \(folder)/c.dat
            """)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names == ["a.cas.h5", "a.dat.h5", "b", "b.dat", "c.dat"])
        let text = try String(contentsOfFile: "\(folder)/c.dat", encoding: .utf8)
        #expect(text.hasPrefix("; Courant "))
        #expect(text.contains("\ncourant-data 1\nmesh 2 400 "))
        #expect(text.hasSuffix("\nend\n"))
    }

    @Test func withoutASolutionThereIsNoDataToWrite() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let harness = try FluentReportCommandsTests.channel()
        try harness.run("/file/write-case-data \(folder)/a.cas")
        #expect(harness.console.text.contains("no solution yet, so no data file"))
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/a.dat"))
        let error = FluentReportCommandsTests.rejection(
            "/file/write-data \(folder)/a.dat", in: harness)
        #expect(error?.message == "there is no solution to write: initialize the flow first")
    }

    /// Every malformed data file is refused with one line naming the file and line; the
    /// session's solution is left as it was.
    @Test(arguments: [
        ("", "the file ends early (no 'end' line)"),
        ("courant-data 2\n", ":1: not a Courant data file"),
        ("courant-data 1\nmesh 2 x 5\n", ":2: expected 'mesh DIMENSION CELLS FACES'"),
        ("courant-data 1\nmesh 2 2 7\niteration -1\n", ":3: expected 'iteration N'"),
        (
            "courant-data 1\nmesh 2 2 7\niteration 0\nfield pressure\n1\nabc\n",
            ":6: pressure: expected one number, found 'abc'"
        ),
        (
            "courant-data 1\nmesh 2 2 7\niteration 0\nfield pressure\n1\n2\nfield pressure\n",
            ":7: expected 'field NAME', each field once"
        ),
        ("courant-data 1\nmesh 2 2 7\niteration 0\nend\n", ":4: no face-flux section"),
        ("courant-data 1\nmesh 2 2 7\niteration 0\nvelocity\n", ":4: expected normalisation"),
        ("courant-data 1\nmesh 2 2 7\niteration 0\nfield pressure\n1\n", "ends early"),
    ])
    func aMalformedDataFileIsOneLineAndChangesNothing(text: String, message: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = "\(folder)/bad.dat"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let harness = try Self.channel()
        try harness.run("/solve/iterate 2")
        let before = try #require(harness.session.solver?.solutionState)
        let error = try #require(
            FluentReportCommandsTests.rejection("/file/read-data \(path)", in: harness))
        #expect(error.message.hasPrefix(path), "\(error.message)")
        #expect(error.message.contains(message), "\(error.message)")
        #expect(!error.message.contains("\n"))
        #expect(harness.session.solver?.solutionState == before)
    }

    /// Case names that end in a slash (Foundation's path functions trapped on "a/" on Linux,
    /// found by the fuzz test) are one line each, like any file that cannot be read.
    @Test(arguments: ["a/", "é/", "a//", "/", "x/a/"])
    func caseNamesEndingInASlashAreOneLine(name: String) throws {
        let harness = try Self.channel()
        for command in ["/file/read-case-data", "/file/write-case-data"] {
            let error = FluentReportCommandsTests.rejection("\(command) \(name)", in: harness)
            #expect(error.map { !$0.message.contains("\n") } ?? true, "\(command) \(name)")
        }
    }

    @Test func dataOfAnotherMeshOrNoDataFileIsRefused() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let harness = try Self.channel()
        try harness.run("/solve/iterate 1\n/file/write-data \(folder)/run.dat")
        try harness.run("/mesh/cells-x 20\n/solve/initialize/initialize-flow")
        let before = try #require(harness.session.solver?.solutionState)
        let error = FluentReportCommandsTests.rejection(
            "/file/read-data \(folder)/run.dat", in: harness)
        #expect(
            error?.message
                == "the data is for a 2-D mesh of 400 cells and 850 faces; the case's mesh has "
                + "200 cells and 430 faces")
        #expect(harness.session.solver?.solutionState == before)
        let missing = FluentReportCommandsTests.rejection(
            "/file/read-case-data \(folder)/none.cas", in: harness)
        #expect(
            missing?.message
                == "no data file \(folder)/none.dat beside the case (write-case-data writes one); "
                + "nothing read")
    }
}
