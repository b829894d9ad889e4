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

    @Option(help: "Runs at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "History database (default: $COURANT_HISTORY or ./courant-history.db).")
    var history: String?

    @ParentCommand var courant: CourantCommand
    @Option(help: "Folder for each run's log and summary (default: ./NAME-runs for NAME.sweep).")
    var output: String?

    @Option(
        parsing: .upToNextOption,
        help: ArgumentHelp("Write Slurm scripts instead of running.", valueName: "slurm DIR"))
    var emit: [String] = []

    @Option(
        help: "Abandon runs whose surrogate p(converge) falls below P (exit 5, status abandoned).")
    var abandonHopeless: Double?

    @Option(help: "Slurm: time limit per run, HH:MM:SS or D-HH:MM:SS.")
    var time = "01:00:00"

    @Option(help: "Slurm: CPUs per run.")
    var cpus = 1

    @Option(help: "Slurm: memory per run, e.g. 2G (default: the cluster's).")
    var mem: String?

    @Option(help: "Slurm: partition (default: the cluster's).")
    var partition: String?

    @Option(help: "Slurm: account to charge (default: yours).")
    var account: String?

    @Option(help: "Slurm: job name.")
    var jobName = "courant-sweep"

    @Option(help: "Slurm: at most this many runs at once.")
    var maxConcurrent: Int?

    @Option(help: "Slurm: path of courant on the compute nodes (default: this executable).")
    var executable: String?

    mutating func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
        guard emit.isEmpty || (emit.count == 2 && emit[0] == "slurm") else {
            throw ValidationError("--emit takes 'slurm DIR', got '\(emit.joined(separator: " "))'")
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
            let slurm = SlurmOptions(
                executable: courant, historyPath: Self.absolute(historyPath), jobName: jobName,
                timeLimit: time, cpusPerTask: cpus, memory: mem, partition: partition,
                account: account, maxConcurrent: maxConcurrent)
            let scripts = try SlurmEmitter.write(plan, options: slurm, directory: emit[1])
            print("wrote \(plan.runs.count) runs as a Slurm job array:")
            scripts.forEach { print("  \($0)") }
            print("submit with: \(scripts.last ?? emit[1])")
            return
        }
        let sweepName = URL(fileURLWithPath: sweep).deletingPathExtension().lastPathComponent
        let outputDirectory = output ?? sweepName + "-runs"
        var options = BatchOptions(
            executable: courant, historyPath: historyPath, outputDirectory: outputDirectory,
            concurrency: jobs)
        if let abandonHopeless {
            guard abandonHopeless > 0, abandonHopeless < 1 else {
                throw ValidationError("--abandon-hopeless takes a probability in (0, 1)")
            }
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
