import ArgumentParser
import Courant

/// `courant run FILE.jou [--set NAME=VALUE ...]`: run a case journal in batch.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a case journal; exit 0 converged, 1 input error, 2 diverged, "
            + "3 iteration limit, 4 stalled, 5 abandoned, 130 Ctrl-C, 143 SIGTERM or SIGUSR1.")

    @Argument(help: "The journal to run.")
    var journal: String

    @Option(name: .customLong("set"), help: "Override a journal parameter: NAME=VALUE.")
    var assignments: [String] = []

    @Option(help: "Write a JSON summary of the run here.")
    var summary: String?

    @ParentCommand var courant: CourantCommand

    @Flag(help: "Do not log the run to the history database.")
    var noHistory = false

    @Flag(help: "Print no residual table.")
    var quiet = false

    @Option(
        help:
            "Surrogate model shown live (default: $COURANT_MODEL, else the shipped model beside the executable; 'none' for no surrogate)."
    )
    var surrogate: String?

    @Option(help: "Abandon the run (exit 5) when the surrogate's p(converge) falls below P.")
    var abandonHopeless: Double?

    @Option(
        help: ArgumentHelp(
            "Do not run it when this history already holds the run (same journal and --set "
                + "values) completed; exit with its recorded outcome. Repeatable; a missing "
                + "file holds nothing.", valueName: "DB"))
    var skipIfCompletedIn: [String] = []

    mutating func run() throws {
        var options = CaseRunner.Options(journalPath: journal)
        for assignment in assignments {
            let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty else {
                throw ValidationError("--set takes NAME=VALUE, got '\(assignment)'")
            }
            options.overrides[parts[0]] = parts[1]
        }
        options.summaryPath = summary
        options.historyPath = courant.history
        options.logsHistory = !noHistory
        options.isQuiet = quiet
        options.surrogateModel = surrogate
        options.completedRunSources = skipIfCompletedIn
        if let abandonHopeless {
            guard abandonHopeless > 0, abandonHopeless < 1 else {
                throw ValidationError("--abandon-hopeless takes a probability in (0, 1)")
            }
            options.abandonBelow = abandonHopeless
        }
        throw ExitCode(CaseRunner.run(options))
    }
}
