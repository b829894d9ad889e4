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

    /// Runs `plan`; a missing executable, a history that cannot be written or another batch
    /// running the same journal's sweep into the same history (`SweepLock`) is reported before
    /// any run starts. The history is opened (created, migrated, dead runs marked) before any run
    /// starts, so workers never race to create it; `progress` (default: the progress bar on
    /// stderr) sees the pool's state. A run that a live worker of an earlier batch is still
    /// computing (its pid in the history, on this host) is not started: the batch waits for
    /// that worker to end, after its other runs, and runs it only if it did not complete. At
    /// the end the history's write-ahead log is folded into the `.db` file.
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
        // Held until this function returns: no second batch starts this sweep's runs meanwhile.
        let claim = try SweepLock(historyPath: options.historyPath, caseHash: plan.caseHash)
        defer { claim.release() }
        var rows: [BatchRow?] = Array(repeating: nil, count: plan.runs.count)
        var pending: [SweepRun] = []
        var stillComputed: [(run: SweepRun, pid: Int)] = []
        for run in plan.runs {
            if let done = try history.completedRun(
                caseHash: plan.caseHash, parameters: run.parameters)
            {
                rows[run.index] = skippedRow(run, done)
            } else if let live = try history.liveRun(
                caseHash: plan.caseHash, parameters: run.parameters)
            {
                // A worker of an earlier batch still computing it: starting it again would log
                // it twice.
                stillComputed.append((run, live.pid))
            } else {
                pending.append(run)
            }
        }
        let skipped = plan.runs.count - pending.count - stillComputed.count
        runInPool(pending, plan: plan, options: options, skipped: skipped, progress: progress)
            .forEach { rows[$0.run.index] = $0 }
        guard !stillComputed.isEmpty else {
            try? history.checkpoint()
            return BatchReport(rows: rows.compactMap { $0 })
        }
        for (run, pid) in stillComputed {
            waitNote(
                "run \(run.index) (\(run.summary)) is still being computed by pid \(pid) of an "
                    + "earlier batch; waiting for it to end")
            while ProcessIdentity.isAlive(pid: pid) { usleep(100_000) }
        }
        var redo: [SweepRun] = []
        for (run, _) in stillComputed {
            if let done = try history.completedRun(
                caseHash: plan.caseHash, parameters: run.parameters)
            {
                rows[run.index] = skippedRow(run, done)
            } else {
                redo.append(run)
            }
        }
        runInPool(
            redo, plan: plan, options: options, skipped: plan.runs.count - redo.count,
            progress: progress
        ).forEach { rows[$0.run.index] = $0 }
        try? history.checkpoint()
        return BatchReport(rows: rows.compactMap { $0 })
    }

    /// The row of a run the history already holds completed.
    private static func skippedRow(_ run: SweepRun, _ done: RunRecord) -> BatchRow {
        BatchRow(
            run: run, status: done.status, note: nil, skipped: true, iterations: done.iterations,
            seconds: done.wallSeconds, logPath: nil)
    }

    /// Runs `runs` as worker processes and returns their rows; `skipped` runs of the sweep are
    /// not among them (shown by the progress display).
    private static func runInPool(
        _ runs: [SweepRun], plan: SweepPlan, options: BatchOptions, skipped: Int,
        progress: ((WorkerPoolProgress, _ skipped: Int) -> Void)?
    ) -> [BatchRow] {
        guard !runs.isEmpty else { return [] }
        let jobs = runs.map { run in
            WorkerJob(
                executable: options.executable,
                arguments: arguments(for: run, plan: plan, options: options),
                logPath: "\(options.outputDirectory)/run-\(run.index).log")
        }
        // A summary left by an earlier attempt must not stand in for this attempt's.
        for run in runs {
            try? FileManager.default.removeItem(
                atPath: summaryPath(of: run, in: options.outputDirectory))
        }
        let display: (WorkerPoolProgress) -> Void =
            if let progress { { progress($0, skipped) } } else {
                BatchProgressBar().standardErrorDisplay(skipped: skipped)
            }
        let outcomes = WorkerPool(concurrency: options.concurrency).run(jobs, progress: display)
        return zip(runs, outcomes).map { run, outcome in
            let (status, note) = RunExitCode.status(of: outcome.termination)
            let summary = RunSummary.read(from: summaryPath(of: run, in: options.outputDirectory))
            return BatchRow(
                run: run, status: status, note: note, skipped: false,
                iterations: summary?.iterations, seconds: summary?.wallSeconds ?? outcome.seconds,
                logPath: jobs[outcome.jobIndex].logPath)
        }
    }

    private static func waitNote(_ line: String) {
        try? FileHandle.standardError.write(contentsOf: Data((line + "\n").utf8))
    }
}
