import Foundation
import RunHistory

/// A `courant run` far longer than any test lets it go (a 17² cavity whose criteria are never
/// met, 100,000 iterations), started and caught once it has committed iterations, so that a test
/// can stop it mid-run.
enum LongRun {
    static let journal = """
        /mesh/cells-x 17
        /mesh/cells-y 17
        /define/materials/viscosity 0.01
        /define/boundary-conditions/wall/x-velocity 0 0 0 1
        /solve/monitors/residual/convergence-criteria 1e-300 1e-300 1e-300
        /solve/initialize/initialize-flow
        /solve/iterate 100000

        """

    /// Writes `long.jou` into `folder`, runs it logging to `history` (no surrogate), and returns
    /// the running process once the history holds committed iterations, with their number
    /// (read only, as the run writes it); throws after 60 s without one.
    static func startCommitted(in folder: ScratchFolder, history: String) throws -> (
        run: CourantInvocation, committed: Int
    ) {
        let journal = try folder.write(Self.journal, to: "long.jou")
        let run = try CourantInvocation.start(
            ["run", journal, "--history", history, "--quiet", "--surrogate", "none"],
            in: folder.path)
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline && run.process.isRunning {
            if FileManager.default.fileExists(atPath: history),
                let record = try? HistoryDatabase(readingExisting: history).runs().first,
                record.iterations > 0
            {
                return (run, record.iterations)
            }
            usleep(10_000)
        }
        run.process.terminate()
        throw EndToEndFailure("no iteration committed to \(history): \(run.standardError)")
    }
}
