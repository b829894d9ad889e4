import Foundation
import Testing

/// A history database the user may not write: `courant run` and `courant batch` say so in one
/// line before computing anything and exit 1, instead of iterating with a warning per iteration
/// and exiting 0 with nothing logged (which a resumed sweep would then redo).
///
/// File permissions do not bind root, so as root the programs run as `nobody` through
/// `setpriv`; without it the test is skipped with the reason printed.
@Suite struct HistoryUnwritableTests {
    @Test func runAndBatchRefuseAReadOnlyHistoryBeforeIterating() throws {
        guard let asUser = try Self.unprivileged() else { return }
        let folder = try ScratchFolder("read-only-history")
        defer { folder.remove() }
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o777], ofItemAtPath: folder.path)
        let journal = try FiveIterationCase.write(into: folder)
        let history = folder.file("history.db")
        let courant = try CourantBinary.path()
        func invoke(_ arguments: [String]) throws -> CourantInvocation {
            guard let program = asUser.first else {
                return try CourantInvocation.run(arguments, in: folder.path)
            }
            return try CourantInvocation.run(
                Array(asUser.dropFirst()) + [courant] + arguments, in: folder.path,
                executable: program)
        }
        // A first run, as the same user, creates the history; then it is made read-only.
        let created = try invoke(
            ["run", journal, "--history", history, "--surrogate", "none"])
        #expect(created.status == 3, "\(created.standardError)")
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: history)
        let message =
            "Error: \(history): the history database cannot be written (permission denied): "
            + "log to another with --history or COURANT_HISTORY, or run with --no-history"

        let run = try invoke(
            ["run", journal, "--history", history, "--surrogate", "none"])
        #expect(run.status == 1)
        #expect(run.errorLines == [message])
        #expect(!run.standardOutput.contains("iter"), "nothing is iterated")

        let batch = try invoke([
            "batch", folder.file("case.sweep"), "--jobs", "2", "--history", history, "--output",
            folder.file("runs"),
        ])
        #expect(batch.status == 1)
        #expect(batch.errorLines == [message])
        #expect(!FileManager.default.fileExists(atPath: folder.file("runs/run-0.log")))
    }

    /// The command prefix that runs a program as an unprivileged user: none when this test is
    /// not root, `setpriv` to `nobody` when it is; nil (test skipped, reason printed) when root
    /// has no `setpriv`.
    static func unprivileged() throws -> [String]? {
        guard getuid() == 0 else { return [] }
        let setpriv = "/usr/bin/setpriv"
        guard FileManager.default.isExecutableFile(atPath: setpriv) else {
            print("skipped: running as root and \(setpriv) is absent to drop to nobody")
            return nil
        }
        return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    }
}
