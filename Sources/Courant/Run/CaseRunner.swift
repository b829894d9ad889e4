import CommandShell
import Foundation
import Monitoring
import RunHistory

/// Runs a journal without a person at the keyboard: `courant run FILE.jou` and `courant -i`.
///
/// Errors are one line on standard error (`FILE:LINE: /command/path: message`). The exit code
/// follows the run's status (`Monitoring.RunStatus.exitCode`): 0 converged, 1 input error,
/// 2 diverged, 3 iteration limit, 4 stalled, 5 abandoned, 130 interrupted by Ctrl-C, 143 stopped
/// by SIGTERM or SIGUSR1 (a batch or a scheduler; the run is `interrupted`); a journal that never
/// iterates and meets no error exits 0. Every iteration completed before an error stays in the
/// history.
public enum CaseRunner {
    /// What `courant run` was asked to do.
    public struct Options: Sendable {
        /// The journal to run (`courant run FILE.jou`, or `-i FILE.jou`).
        public var journalPath: String
        /// `--set NAME=VALUE`: journal parameter overrides, or, for a NAME that is a command-tree
        /// path (`/solve/set/under-relaxation/pressure`), a setting applied when the flow is
        /// initialised, after the journal's own settings.
        public var overrides: [String: String] = [:]
        /// `--summary FILE.json`.
        public var summaryPath: String?
        /// `--history DB`; nil: `COURANT_HISTORY` or `courant-history.db`.
        public var historyPath: String?
        /// `--no-history`: log nothing.
        public var logsHistory = true
        /// `--quiet`: no residual table, no command echo.
        public var isQuiet = false
        /// Echo each command after `> ` (Fluent batch mode, `courant -i`).
        public var echoesCommands = false
        /// Report each failing command and read on, as Fluent's batch mode does unless
        /// `/file/set-batch-options` turns exit-on-error on (`courant -i`); the run then exits 1
        /// at its end. Off (`courant run`): stop at the first error.
        public var readsOnAfterErrors = false
        /// The surrogate model shown live; nil: the shipped model, found as `ShippedModel` says
        /// (`--surrogate none` switches it off).
        public var surrogateModel: String?
        /// `--abandon-hopeless P`: abandon the run (exit 5) when the surrogate's probability of
        /// converging falls below P.
        public var abandonBelow: Double?
        /// `--skip-if-completed-in DB`: histories (read only; a missing one holds nothing) in
        /// which a completed copy of this run (same journal, same `--set` values) means it is
        /// not run again; the exit code is then that of the recorded outcome.
        public var completedRunSources: [String] = []

        /// Options for running `journalPath` with every flag at its default.
        public init(journalPath: String) {
            self.journalPath = journalPath
        }
    }

    /// Runs the journal and returns the process exit code.
    public static func run(_ options: Options) -> Int32 {
        // Ctrl-C, SIGTERM (the batch that started this run ended, `scancel`, a scheduler's time
        // limit) or SIGUSR1 (`#SBATCH --signal`) ends the iteration in progress and the
        // journal, which then exits 130 (Ctrl-C) or 143 with its history closed, rather than
        // killing the process mid-iteration.
        SignalHandling.install(terminationInterrupts: true)
        guard WorkerLifeline.bindToBatch() else {
            reportError(ShellError("the batch that started this run has ended; not starting"))
            return Monitoring.RunStatus.interrupted.exitCode
        }
        let output = StandardOutput()
        let session = CourantSession(write: { output.write($0) })
        let journal: Journal
        let journalText: String
        let parameterOverrides = options.overrides.filter { !$0.key.hasPrefix("/") }
        do {
            journal = try Journal(contentsOf: options.journalPath)
            journalText = journal.text
            _ = try journal.parameterValues(overrides: parameterOverrides)
            if let done = try CompletedRunCheck.find(
                caseHash: CaseIdentity.caseHash(journal: journalText),
                parameters: options.overrides, in: options.completedRunSources)
            {
                return done.skip(summaryPath: options.summaryPath)
            }
            if options.logsHistory {
                try session.useHistory(
                    at: HistoryLocation.resolve(
                        option: options.historyPath,
                        environment: ProcessInfo.processInfo.environment))
            }
        } catch {
            reportError(error)
            return Monitoring.RunStatus.failed.exitCode
        }
        session.runSource = (journalText, options.overrides)
        session.settingOverrides = options.overrides.filter { $0.key.hasPrefix("/") }
            .sorted { $0.key < $1.key }.map { (path: $0.key, value: $0.value) }
        session.settings.caseName = caseName(of: options.journalPath)
        if options.isQuiet { session.isQuiet = true }
        do {
            try loadSurrogate(options, into: session)
        } catch {
            reportError(error)
            return Monitoring.RunStatus.failed.exitCode
        }
        let shell = ShellSession(
            root: session.root, output: output, input: StandardInputLines(promptingOn: nil),
            isInteractive: false,
            options: CommandShell.BatchOptions(
                confirmOverwrite: false, exitOnError: !options.readsOnAfterErrors,
                hideQuestions: true, echoCommands: options.echoesCommands && !options.isQuiet))
        var status: String
        var exitCode: Int32
        do {
            try journal.run(in: shell, overrides: parameterOverrides)
            let outcome = session.lastOutcome
            status = outcome?.status.rawValue ?? "no-iterations"
            exitCode = outcome?.status.exitCode ?? 0
        } catch let error as ShellError {
            reportError(error)
            (status, exitCode) = statusAfterError(error, outcome: session.lastOutcome)
        } catch {
            reportError(error)
            (status, exitCode) = (
                Monitoring.RunStatus.failed.rawValue, Monitoring.RunStatus.failed.exitCode
            )
        }
        if exitCode == Monitoring.RunStatus.interrupted.exitCode,
            SignalHandling.interruptIsTermination
        {
            exitCode = SignalHandling.terminationExitCode
        }
        // The summary names the history run, so it is taken before the run is closed.
        let summary = RunSummary(session: session, status: status)
        if let failure = session.close() {
            // The outcome is not in the history: a batch must not take the run as done.
            reportError(ShellError(failure))
            if exitCode == 0 { exitCode = Monitoring.RunStatus.failed.exitCode }
        }
        if let path = options.summaryPath {
            do {
                try summary.write(to: path)
            } catch {
                reportError(
                    ShellError(
                        "cannot write the summary: \(error.localizedDescription)",
                        path: "--summary \(path)"))
                return exitCode == 0 ? Monitoring.RunStatus.failed.exitCode : exitCode
            }
        }
        return exitCode
    }

    private static func loadSurrogate(_ options: Options, into session: CourantSession) throws {
        let live = session.liveSurrogate
        let path: String
        var source = "--surrogate"
        switch options.surrogateModel {
        case "none":
            return
        case let named?:
            path = named
        case nil:
            let shipped = ShippedModel.forThisProcess
            guard let found = shipped.path else {
                let absence =
                    shipped.absence ?? "\(ShippedModel.environmentVariable)=none switches it off"
                if options.abandonBelow != nil {
                    throw ShellError(
                        "needs a surrogate model: \(absence)", path: "--abandon-hopeless")
                }
                if let reason = shipped.absence {
                    session.write("Surrogate: off: \(reason) or give --surrogate FILE\n")
                }
                return
            }
            path = found
            let variable = ShippedModel.environmentVariable
            source = ProcessInfo.processInfo.environment[variable] != nil ? variable : "surrogate"
        }
        do {
            try live.loadModel(at: path)
        } catch {
            throw ShellError("\(error)", path: source)
        }
        live.abandonThreshold = options.abandonBelow
        if options.isQuiet { live.printInterval = 0 }
        session.write(
            "Surrogate: predicting convergence with \(path)"
                + (options.abandonBelow.map { ", abandoning below p(converge) \($0)" } ?? "")
                + "\n")
    }

    /// A run stopped by an error keeps the status of its last `iterate` call when that call is
    /// what failed (divergence, interruption); any other error is an input error.
    private static func statusAfterError(_ error: ShellError, outcome: RunOutcome?)
        -> (String, Int32)
    {
        if error.kind == .interrupted {
            return (
                Monitoring.RunStatus.interrupted.rawValue, Monitoring.RunStatus.interrupted.exitCode
            )
        }
        if let status = outcome?.status, status == .diverged || status == .interrupted {
            return (status.rawValue, status.exitCode)
        }
        return (Monitoring.RunStatus.failed.rawValue, Monitoring.RunStatus.failed.exitCode)
    }

    /// The journal's file name without directory and extension.
    static func caseName(of path: String) -> String {
        let file = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return file.isEmpty ? "untitled" : file
    }

    static func reportError(_ error: any Error) {
        try? FileHandle.standardError.write(contentsOf: Data("Error: \(error)\n".utf8))
    }
}
