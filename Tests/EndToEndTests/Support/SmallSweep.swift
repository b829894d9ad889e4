import Foundation
import Testing

/// The suites that read the small sweep's history (nested in extensions), run one test at a
/// time: several processes opening one history at the same instant can be refused with
/// "database is locked" (the history's read-only validation probe waits for no lock), which is
/// a store bug to fix, not a behaviour these tests are about.
@Suite(.serialized) struct SmallSweepTests {}

/// A small lid-driven-cavity sweep run once through `courant batch --jobs 2`, shared by the
/// tests that check what it leaves behind (the history, the summaries, the history commands).
///
/// 2 meshes (9 and 13 cells per side) × 2 Reynolds numbers (100, 400), 25 iterations each:
/// far from the journal's 1e-6 criteria, so every run ends `not-converged` after exactly 25
/// iterations.
struct SmallSweep: Sendable {
    /// The folder holding the sweep file, the history and the run folder.
    let folder: ScratchFolder
    /// The batch's exit status.
    let status: Int32
    /// What the batch printed on standard output (the final table).
    let table: String
    /// What it printed on standard error (the progress lines).
    let progress: String

    /// The sweep file's text; the journal is the repository's `cases/lid-driven-cavity.jou`.
    static let sweepText = """
        # end-to-end test sweep: tiny meshes, few iterations
        journal \(CourantBinary.packageRoot)/cases/lid-driven-cavity.jou
        parameter cells 9 13
        parameter Re 100 400
        parameter iterations 25

        """

    /// Runs in the sweep, and iterations per run.
    static let runCount = 4
    static let iterationsPerRun = 25

    /// Each run's parameters as the history summarises them, in sweep order (the last
    /// dimension varying fastest).
    static let runParameters = [
        "Re=100 cells=9 iterations=25", "Re=400 cells=9 iterations=25",
        "Re=100 cells=13 iterations=25", "Re=400 cells=13 iterations=25",
    ]

    /// The history database the batch logged to.
    var historyPath: String { folder.file("history.db") }
    /// The folder of run logs and summaries.
    var runsPath: String { folder.file("runs") }

    /// The sweep, run on first use (tests run in parallel; a global `let` runs once).
    static var shared: SmallSweep {
        get throws { try sharedResult.get() }
    }
}

/// The shared sweep's folder, deleted when the test process exits (no test owns it).
private let sharedFolder = Result<ScratchFolder, any Error> {
    let folder = try ScratchFolder("small-sweep")
    atexit { try? sharedFolder.get().remove() }
    return folder
}

private let sharedResult = Result<SmallSweep, any Error> {
    let folder = try sharedFolder.get()
    let sweep = try folder.write(SmallSweep.sweepText, to: "small.sweep")
    let batch = try CourantInvocation.run(
        [
            "batch", sweep, "--jobs", "2", "--history", folder.file("history.db"), "--output",
            folder.file("runs"),
        ], in: folder.path)
    return SmallSweep(
        folder: folder, status: batch.status, table: batch.standardOutput,
        progress: batch.standardError)
}
