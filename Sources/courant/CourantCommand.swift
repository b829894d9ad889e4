import ArgumentParser
import Courant
import NeuralNet

/// `courant`: the REPL with no arguments, `-i FILE.jou` to run a journal as Fluent's batch mode
/// does, and subcommands for runs, sweeps, history and the surrogate.
struct CourantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "courant",
        abstract: "Steady pressure-based finite-volume solver with convergence monitors.",
        version: versionText,
        subcommands: [
            SessionCommand.self, RunCommand.self, BatchCommand.self, HistoryCommand.self,
            BenchmarkCommand.self, SurrogateCommand.self,
        ],
        defaultSubcommand: SessionCommand.self)

    /// `courant --version`: the version, the network kernels this process runs and the
    /// surrogate model it uses by default.
    static var versionText: String {
        let shipped = ShippedModel.forThisProcess
        return [
            "courant \(CourantSession.version)",
            KernelDispatch.description,
            "kernel builds this CPU runs: "
                + KernelDispatch.supported.map(\.rawValue).joined(separator: ", "),
            "surrogate model: "
                + (shipped.path ?? "none (\(shipped.absence ?? "COURANT_MODEL=none"))"),
        ].joined(separator: "\n")
    }

    /// Shared by every subcommand (read through `@ParentCommand`), so it may stand anywhere on
    /// the command line: `courant run case.jou --history runs.db`.
    @Option(help: "History database (default: $COURANT_HISTORY or ./courant-history.db).")
    var history: String?
}

/// The default command: the interactive session, or `-i FILE.jou` in Fluent's batch style.
struct SessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session",
        abstract: "The interactive REPL (the default), or -i FILE.jou to run a journal.")

    @Option(name: .customShort("i"), help: "Run this journal, echoing each command after '> '.")
    var inputJournal: String?

    @ParentCommand var courant: CourantCommand

    @Option(help: "File of typed commands kept across sessions (default: ~/.courant_history).")
    var commandHistory: String?

    mutating func run() throws {
        guard let inputJournal else {
            throw ExitCode(
                InteractiveSession.run(
                    historyPath: courant.history, commandHistoryPath: commandHistory))
        }
        var options = CaseRunner.Options(journalPath: inputJournal)
        options.echoesCommands = true
        options.readsOnAfterErrors = true
        options.historyPath = courant.history
        throw ExitCode(CaseRunner.run(options))
    }
}
