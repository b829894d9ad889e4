import ArgumentParser
import CommandShell
import Courant
import Foundation
import RunHistory

/// `courant batch SWEEP`: validate a sweep file against its journal, then run every sweep run as
/// a `courant run` process on this machine (or, with `--emit slurm DIR`, write Slurm scripts).
///
/// Exit status: 0 when every run reached an outcome (converged, not-converged, diverged,
/// stalled, abandoned), 1 for a sweep that cannot be run (one line `FILE:LINE: message`, before
/// any run starts), 2 when at least one run failed or was interrupted (run the batch again to
/// redo just those).
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Run a parameter sweep; completed runs already in the history are skipped.",
        discussion: """
            Exit 0 when every run reached an outcome, 1 for a sweep that cannot be run, \
            2 when a run failed or was interrupted (run the batch again to redo those).
            """)

    @Argument(help: "The sweep file (journal, parameter, set, mode lines).")
    var sweep: String

    @Option(help: "Runs at once (default: the number of cores; not with --emit).")
    var jobs: Int?

    @Option(help: "History database (default: $COURANT_HISTORY or ./courant-history.db).")
    var history: String?

    @ParentCommand var courant: CourantCommand
    @Option(
        help: ArgumentHelp(
            "Folder for each run's log and summary (default: ./NAME-runs for NAME.sweep; "
                + "not with --emit)."))
    var output: String?

    @Option(
        parsing: .upToNextOption,
        help: ArgumentHelp(
            "Write Slurm scripts instead of running: a job array of the runs the history does "
                + "not hold completed, a merge step into it, and submit.sh.",
            valueName: "slurm DIR"))
    var emit: [String] = []

    @Option(
        help: "Abandon runs whose surrogate p(converge) falls below P (exit 5, status abandoned).")
    var abandonHopeless: Double?

    @Option(help: "Slurm: time limit per run, HH:MM:SS or D-HH:MM:SS (default: 01:00:00).")
    var time: String?

    @Option(help: "Slurm: CPUs per run (default: 1).")
    var cpus: Int?

    @Option(help: "Slurm: memory per run, e.g. 2G (default: the cluster's).")
    var mem: String?

    @Option(help: "Slurm: partition (default: the cluster's).")
    var partition: String?

    @Option(help: "Slurm: account to charge (default: yours).")
    var account: String?

    @Option(help: "Slurm: job name (default: courant-sweep).")
    var jobName: String?

    @Option(help: "Slurm: at most this many runs at once.")
    var maxConcurrent: Int?

    @Option(help: "Path of courant on the compute nodes, or for local runs (default: this one).")
    var executable: String?

    mutating func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
        guard emit.isEmpty || (emit.count == 2 && emit[0] == "slurm") else {
            throw ValidationError("--emit takes 'slurm DIR', got '\(emit.joined(separator: " "))'")
        }
        if let abandonHopeless, !(abandonHopeless > 0 && abandonHopeless < 1) {
            throw ValidationError("--abandon-hopeless takes a probability in (0, 1)")
        }
        if emit.isEmpty {
            let slurmOnly: [(String, Bool)] = [
                ("--time", time != nil), ("--cpus", cpus != nil), ("--mem", mem != nil),
                ("--partition", partition != nil), ("--account", account != nil),
                ("--job-name", jobName != nil), ("--max-concurrent", maxConcurrent != nil),
            ]
            if let (name, _) = slurmOnly.first(where: \.1) {
                throw ValidationError(
                    "\(name) is a Slurm option: give it with --emit slurm DIR (local runs "
                        + "use --jobs)")
            }
        } else {
            if jobs != nil {
                throw ValidationError(
                    "--jobs runs locally: with --emit slurm, --max-concurrent limits the runs "
                        + "at once")
            }
            if output != nil {
                throw ValidationError(
                    "--output is for local runs: with --emit slurm, logs and summaries go to "
                        + "DIR/logs and DIR/summaries")
            }
        }
    }

    mutating func run() throws {
        let plan = try SweepFile.read(path: sweep).plan { journalPath in
            try Journal(contentsOf: journalPath).parameters.map(\.name)
        }
        // `--history` reaches the root command's copy (see `HistoryCommand.openExisting`).
        let historyPath = HistoryLocation.resolve(
            option: history ?? courant.history, environment: ProcessInfo.processInfo.environment)
        let courant = try executable ?? Self.ownExecutable()
        if emit.count == 2 {
            try emitSlurm(plan, historyPath: Self.absolute(historyPath), executable: courant)
            return
        }
        let sweepName = URL(fileURLWithPath: sweep).deletingPathExtension().lastPathComponent
        let outputDirectory = output ?? sweepName + "-runs"
        var options = BatchOptions(
            executable: courant, historyPath: historyPath, outputDirectory: outputDirectory,
            concurrency: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        if let abandonHopeless {
            options.runArguments = ["--abandon-hopeless", String(abandonHopeless)]
        }
        options.runArguments += try Self.surrogateArguments(abandoning: abandonHopeless != nil)
        // Each run also gets `--history`, but `courant run` loses it to the root command's
        // option of the same name; the inherited environment reaches it either way.
        setenv(HistoryLocation.environmentVariable, historyPath, 1)
        let report = try BatchRunner.run(plan, options: options)
        print(report.table(), terminator: "")
        let incomplete = report.incomplete
        guard incomplete.isEmpty else {
            let logs = incomplete.compactMap(\.logPath).prefix(3).joined(separator: ", ")
            try? FileHandle.standardError.write(
                contentsOf:
                    Data(
                        ("\(incomplete.count) of \(report.rows.count) runs did not complete"
                            + (logs.isEmpty ? "" : "; see \(logs)")
                            + "; run the batch again to redo them\n").utf8))
            throw ExitCode(2)
        }
    }

    /// `--emit slurm DIR`: the scripts for the runs that neither the history nor their shard in
    /// DIR holds completed, with every option that reaches `courant run`; a warning for each
    /// path a compute node is unlikely to see.
    private func emitSlurm(_ plan: SweepPlan, historyPath: String, executable: String) throws {
        let folder = Self.absolute(emit[1])
        var slurm = SlurmOptions(
            executable: executable, historyPath: historyPath, jobName: jobName ?? "courant-sweep",
            timeLimit: time ?? "01:00:00", cpusPerTask: cpus ?? 1, memory: mem,
            partition: partition, account: account, maxConcurrent: maxConcurrent)
        if let abandonHopeless {
            // Checked here when the tasks run this executable, which finds the same model.
            if self.executable == nil { _ = try Self.surrogateArguments(abandoning: true) }
            slurm.runArguments = ["--abandon-hopeless", String(abandonHopeless)]
        }
        let pending = try plan.runsNotCompleted { run in
            [historyPath, "\(folder)/shards/run-\(run.index).db"]
        }
        let done = plan.runs.count - pending.count
        guard !pending.isEmpty else {
            print(
                "all \(plan.runs.count) runs of the sweep are completed in \(historyPath) or "
                    + "\(folder)/shards; nothing to submit")
            return
        }
        for (role, path) in [
            ("the output folder", folder), ("the history", historyPath),
            ("the journal", plan.journalPath), ("courant", executable),
        ] {
            if let local = NodeLocalPath.folder(holding: path) {
                FileHandle.standardError.write(
                    Data(
                        ("Warning: \(role) \(path) is under \(local), which is local to each "
                            + "node on most clusters: compute nodes will not see it\n").utf8))
            }
        }
        let scripts = try SlurmEmitter.write(
            plan, runs: pending, options: slurm, directory: folder)
        print(
            "wrote \(pending.count) of \(plan.runs.count) runs as a Slurm job array"
                + (done > 0 ? " (\(done) already completed)" : "") + ":")
        scripts.forEach { print("  \($0)") }
        print("merging into: \(historyPath)")
        print("submit with: \(scripts.last ?? folder)")
    }

    /// This process's own executable, which every run of the sweep invokes.
    static func ownExecutable() throws -> String {
        guard let path = ExecutableLocation.path() else {
            throw ValidationError("cannot find the courant executable; give --executable")
        }
        return path
    }

    /// `--surrogate MODEL` for every run: the shipped model looked up once for the sweep
    /// (`ShippedModel`), or `--surrogate none` after saying once why there is none. Abandoning
    /// hopeless runs needs the model: without one the sweep is refused before any run starts.
    static func surrogateArguments(abandoning: Bool) throws -> [String] {
        let shipped = ShippedModel.forThisProcess
        if let model = shipped.path { return ["--surrogate", absolute(model)] }
        let absence = shipped.absence ?? "\(ShippedModel.environmentVariable)=none"
        if abandoning {
            FileHandle.standardError.write(
                Data("Error: --abandon-hopeless: needs a surrogate model: \(absence)\n".utf8))
            throw ExitCode(1)
        }
        if shipped.absence != nil {
            FileHandle.standardError.write(Data("Surrogate: off for every run: \(absence)\n".utf8))
        }
        return ["--surrogate", "none"]
    }

    /// `path` made absolute against the working directory.
    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
