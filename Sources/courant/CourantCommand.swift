import ArgumentParser
import Courant

/// `courant`: the REPL with no arguments, `-i FILE.jou` to run a journal as Fluent's batch mode
/// does, and subcommands for runs, sweeps, history and the surrogate.
struct CourantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "courant",
        abstract: "Steady pressure-based finite-volume solver with convergence monitors.",
        subcommands: [RunCommand.self, BenchmarkCommand.self, SurrogateCommand.self])

    @Option(name: .customShort("i"), help: "Run this journal, echoing each command after '> '.")
    var inputJournal: String?

    @Option(help: "History database (default: $COURANT_HISTORY or ./courant-history.db).")
    var history: String?

    @Option(help: "File of typed commands kept across sessions (default: ~/.courant_history).")
    var commandHistory: String?

    mutating func run() throws {
        guard let inputJournal else {
            throw ExitCode(
                InteractiveSession.run(historyPath: history, commandHistoryPath: commandHistory))
        }
        var options = CaseRunner.Options(journalPath: inputJournal)
        options.echoesCommands = true
        options.historyPath = history
        throw ExitCode(CaseRunner.run(options))
    }
}
