import ArgumentParser
import Courant

/// `courant`: the REPL with no arguments, `-i FILE.jou` to run a journal as Fluent's batch mode
/// does, and subcommands for runs, sweeps, history and the surrogate.
struct CourantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "courant",
        abstract: "Steady pressure-based finite-volume solver with convergence monitors.",
        subcommands: [RunCommand.self, BenchmarkCommand.self])

    @Option(name: .customShort("i"), help: "Run this journal, echoing each command after '> '.")
    var inputJournal: String?

    mutating func run() throws {
        guard let inputJournal else {
            throw CleanExit.message("the interactive REPL is not built yet; use -i FILE.jou")
        }
        var options = CaseRunner.Options(journalPath: inputJournal)
        options.echoesCommands = true
        throw ExitCode(CaseRunner.run(options))
    }
}
