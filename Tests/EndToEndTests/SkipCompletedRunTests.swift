import Foundation
import RunHistory
import Testing

/// `courant run --skip-if-completed-in DB`, what each Slurm task runs: a run that a named
/// history holds completed is not computed again (its recorded outcome is the exit code and the
/// summary), a history that does not exist holds nothing, and one that is not a history is a
/// one-line error.
@Suite struct SkipCompletedRunTests {
    @Test func aRunCompletedInANamedHistoryIsNotRunAgain() throws {
        let folder = try ScratchFolder("skip-completed")
        defer { folder.remove() }
        let journal = try FiveIterationCase.write(into: folder)
        let done = folder.file("done.db")
        let first = try CourantInvocation.run(
            ["run", journal, "--set", "Re=200", "--history", done, "--quiet"], in: folder.path)
        #expect(first.status == 3, "stderr: \(first.standardError)")

        let again = try CourantInvocation.run(
            [
                "run", journal, "--set", "Re=200", "--history", folder.file("new.db"),
                "--skip-if-completed-in", folder.file("absent.db"), "--skip-if-completed-in",
                done, "--quiet", "--summary", folder.file("summary.json"),
            ], in: folder.path)
        #expect(again.status == 3, "stderr: \(again.standardError)")
        #expect(
            again.standardOutput
                == "courant run: Re=200 already completed in \(done) (run 1, not-converged "
                + "after 5 iterations); not run again\n")
        #expect(!FileManager.default.fileExists(atPath: folder.file("new.db")))
        let summary = try #require(
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: folder.file("summary.json"))))
                as? [String: Any])
        #expect(summary["status"] as? String == "not-converged")
        #expect(summary["iterations"] as? Int == 5)
        #expect((summary["residuals"] as? [String: Any])?.count == 3)
        #expect(try HistorySnapshot(path: done).runs.count == 1)

        // Other values of the parameter are another run: computed.
        let other = try CourantInvocation.run(
            [
                "run", journal, "--set", "Re=100", "--history", done, "--skip-if-completed-in",
                done, "--quiet",
            ], in: folder.path)
        #expect(other.status == 3 && !other.standardOutput.contains("not run again"))
        #expect(try HistorySnapshot(path: done).runs.count == 2)
    }

    @Test func aNamedFileThatIsNotAHistoryIsAOneLineError() throws {
        let folder = try ScratchFolder("skip-not-history")
        defer { folder.remove() }
        let journal = try FiveIterationCase.write(into: folder)
        let notes = try folder.write("notes, not a history\n", to: "notes.db")
        let result = try CourantInvocation.run(
            ["run", journal, "--history", folder.file("h.db"), "--skip-if-completed-in", notes],
            in: folder.path)
        #expect(result.status == 1)
        #expect(
            result.errorLines == [
                "Error: \(notes): not a Courant history database (no SQLite header); the file "
                    + "was left untouched"
            ])
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "notes, not a history\n")
    }
}
