import Foundation
import Testing

/// Fluent's `/file/set-batch-options` in a journal run by `courant -i`: exit-on-error off goes
/// on past a failing command (and the run still exits 1), hide-questions off shows the
/// questions the journal answers. Both used to have no effect in journals.
@Suite struct JournalBatchOptionsTests {
    static let journal = """
        /file/set-batch-options no no no
        /mesh/cells-x abc
        /solve/monitors/residual/convergence-criteria
            1e-4 1e-4 1e-4
        /file/write-case out.cas

        """

    @Test func exitOnErrorOffGoesOnAndHideQuestionsOffShowsThem() throws {
        let folder = try ScratchFolder("batch-options")
        defer { folder.remove() }
        try folder.write(Self.journal, to: "options.jou")
        let result = try CourantInvocation.run(
            ["-i", "options.jou", "--history", folder.file("h.db")], in: folder.path)
        #expect(result.status == 1)
        let output = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(
            output.contains(
                "Error: options.jou:2: /mesh/cells-x: 'abc' is not a positive integer [malformed]"))
        #expect(output.contains("continuity residual convergence criterion [0.001] 1e-4 1e-4 1e-4"))
        #expect(
            result.errorLines == [
                "Error: options.jou: 1 command failed (exit-on-error is off, so the journal went "
                    + "on; each error is printed above)"
            ])
        let written = try String(contentsOfFile: folder.file("out.cas"), encoding: .utf8)
        #expect(
            written.contains("/solve/monitors/residual/convergence-criteria 0.0001 0.0001 0.0001\n")
        )
    }

    /// Without the options a journal stops at its first error, as before.
    /// `courant run` stops at its first error (`courant -i` reads on, as Fluent's batch mode).
    @Test func byDefaultCourantRunStopsAtItsFirstError() throws {
        let folder = try ScratchFolder("batch-defaults")
        defer { folder.remove() }
        try folder.write(String(Self.journal.drop { $0 != "\n" }.dropFirst()), to: "plain.jou")
        let result = try CourantInvocation.run(
            ["run", "plain.jou", "--history", folder.file("h.db")], in: folder.path)
        #expect(result.status == 1)
        #expect(
            result.errorLines == [
                "Error: plain.jou:1: /mesh/cells-x: 'abc' is not a positive integer"
            ])
        #expect(!FileManager.default.fileExists(atPath: folder.file("out.cas")))
    }
}
