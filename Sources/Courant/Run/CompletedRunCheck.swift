import CommandShell
import Foundation
import RunHistory

/// `courant run --skip-if-completed-in DB`: a run already completed in one of the given
/// histories is not run again. What a Slurm array task does before it starts, so that
/// resubmitting the array re-runs only the tasks that did not complete (its shard, or the
/// history the shards were merged into, already holds the others).
///
/// The histories are opened read only (`HistoryDatabase(readingExisting:)`), so tasks on many
/// nodes may check one shared history at once; a history that does not exist holds nothing.
struct CompletedRunCheck {
    /// The history that holds the run completed.
    var historyPath: String
    /// The completed run as that history records it.
    var run: RunRecord

    /// The first completed copy of the run (journal hash + `--set` values) in `histories`,
    /// searched in order; nil when none holds one.
    static func find(caseHash: String, parameters: [String: String], in histories: [String])
        throws -> CompletedRunCheck?
    {
        for path in histories where FileManager.default.fileExists(atPath: path) {
            let history = try HistoryDatabase(readingExisting: path)
            if let run = try history.completedRun(caseHash: caseHash, parameters: parameters) {
                return CompletedRunCheck(historyPath: path, run: run)
            }
        }
        return nil
    }

    /// Says that the run is not run again, writes its summary to `summaryPath` (if given) from
    /// the recorded run, and returns the exit code of its recorded outcome.
    func skip(summaryPath: String?) -> Int32 {
        let parameters = run.parameterSummary
        print(
            "courant run: \(parameters.isEmpty ? "the run" : parameters) already completed in "
                + "\(historyPath) (run \(run.id), \(run.status.rawValue) after \(run.iterations) "
                + "iterations); not run again")
        let code = RunExitCode.code(for: run.status)
        guard let summaryPath else { return code }
        do {
            let last = try HistoryDatabase(readingExisting: historyPath).iterations(runID: run.id)
                .last
            try RunSummary(
                status: run.status.rawValue, iterations: run.iterations,
                residuals: last?.residuals.map { ($0.equation, $0.scaled) } ?? [],
                reports: last?.reports.map { ($0.name, $0.value) } ?? [],
                wallSeconds: run.wallSeconds ?? 0, caseName: run.caseName, historyRunID: run.id
            ).write(to: summaryPath)
        } catch {
            CaseRunner.reportError(
                ShellError(
                    "cannot write the summary: \(error.localizedDescription)",
                    path: "--summary \(summaryPath)"))
            return code == 0 ? RunExitCode.code(for: .failed) : code
        }
        return code
    }
}
