import Foundation
import RunHistory

/// Runs a sweep on this machine: skips runs the history already holds completed, runs the rest
/// as `courant run` processes through a `WorkerPool`, and collects the final table.
public enum BatchRunner {
    /// The command line of one run (after the executable):
    /// `run JOURNAL --set NAME=VALUE ... --history DB --quiet --summary DIR/run-INDEX.json`.
    public static func arguments(for run: SweepRun, plan: SweepPlan, options: BatchOptions)
        -> [String]
    {
        ["run", plan.journalPath] + run.setArguments + [
            "--history", options.historyPath, "--quiet", "--summary",
            summaryPath(of: run, in: options.outputDirectory),
        ] + options.runArguments
    }

    /// Where run `run` writes its summary.
    public static func summaryPath(of run: SweepRun, in directory: String) -> String {
        "\(directory)/run-\(run.index).json"
    }

    /// Runs `plan`; a missing executable is reported before any run starts. The history is
    /// opened (created, migrated, dead runs marked) before any run starts, so workers never race
    /// to create it; `progress` (default: the progress bar on stderr) sees the pool's state.
    public static func run(
        _ plan: SweepPlan, options: BatchOptions,
        progress: ((WorkerPoolProgress, _ skipped: Int) -> Void)? = nil
    ) throws -> BatchReport {
        guard FileManager.default.isExecutableFile(atPath: options.executable) else {
            throw BatchError.notExecutable(options.executable)
        }
        try FileManager.default.createDirectory(
            atPath: options.outputDirectory, withIntermediateDirectories: true)
        let history = try HistoryDatabase(path: options.historyPath)
        // Every run would fail to log; said once, before any run starts.
        try history.checkWritable()
        var rows: [BatchRow?] = Array(repeating: nil, count: plan.runs.count)
        var pending: [SweepRun] = []
        for run in plan.runs {
            if let done = try history.completedRun(
                caseHash: plan.caseHash, parameters: run.parameters)
            {
                rows[run.index] = BatchRow(
                    run: run, status: done.status, note: nil, skipped: true,
                    iterations: done.iterations, seconds: done.wallSeconds, logPath: nil)
            } else {
                pending.append(run)
            }
        }
        let jobs = pending.map { run in
            WorkerJob(
                executable: options.executable,
                arguments: arguments(for: run, plan: plan, options: options),
                logPath: "\(options.outputDirectory)/run-\(run.index).log")
        }
        // A summary left by an earlier attempt must not stand in for this attempt's.
        for run in pending {
            try? FileManager.default.removeItem(
                atPath: summaryPath(of: run, in: options.outputDirectory))
        }
        let skipped = plan.runs.count - pending.count
        let display: (WorkerPoolProgress) -> Void =
            if let progress { { progress($0, skipped) } } else {
                BatchProgressBar().standardErrorDisplay(skipped: skipped)
            }
        let outcomes = WorkerPool(concurrency: options.concurrency).run(jobs, progress: display)
        for (run, outcome) in zip(pending, outcomes) {
            let (status, note) = RunExitCode.status(of: outcome.termination)
            let summary = RunSummary.read(from: summaryPath(of: run, in: options.outputDirectory))
            rows[run.index] = BatchRow(
                run: run, status: status, note: note, skipped: false,
                iterations: summary?.iterations, seconds: summary?.wallSeconds ?? outcome.seconds,
                logPath: jobs[outcome.jobIndex].logPath)
        }
        return BatchReport(rows: rows.compactMap { $0 })
    }
}
