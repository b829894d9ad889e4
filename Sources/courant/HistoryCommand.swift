import ArgumentParser
import Courant
import Foundation
import RunHistory

/// `courant history`: list, show, export, plot and merge the runs logged in a history database.
///
/// A database that does not exist or is not a Courant history is one line on standard error and
/// exit status 1; the file is neither created nor changed.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Query the run-history database.",
        subcommands: [
            HistoryListCommand.self, HistoryShowCommand.self, HistoryExportCommand.self,
            HistoryPlotCommand.self, HistoryMergeCommand.self,
        ])

    /// The history at `option` (or `$COURANT_HISTORY`, or `./courant-history.db`), which must
    /// already exist: reading commands never create an empty database by mistake.
    ///
    /// Subcommands pass `history ?? courant.history`: the root command declares `--history`
    /// too, and ArgumentParser gives an option the root declares to the root wherever it appears
    /// on the line, leaving the subcommand's own copy nil.
    static func openExisting(_ option: String?) throws -> HistoryDatabase {
        let path = HistoryLocation.resolve(
            option: option, environment: ProcessInfo.processInfo.environment)
        guard FileManager.default.fileExists(atPath: path) else {
            try? FileHandle.standardError.write(
                contentsOf: Data("Error: \(path): no such history database\n".utf8))
            throw ExitCode.failure
        }
        return try HistoryDatabase(path: path)
    }
}

/// `courant history list [--case NAME] [--status STATUS] [--parameter NAME=VALUE ...]`.
struct HistoryListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "One line per run, oldest first.")

    @Option(name: .customLong("case"), help: "Only runs of this case name.")
    var caseName: String?

    @Option(
        help: ArgumentHelp(
            "Only runs with this status: "
                + RunStatus.allCases.map(\.rawValue).joined(separator: ", ") + "."))
    var status: String?

    @Option(help: "Only runs whose parameter NAME is exactly VALUE (repeatable).")
    var parameter: [String] = []

    @Option(help: "History database (default: $COURANT_HISTORY or ./courant-history.db).")
    var history: String?

    @ParentCommand var courant: CourantCommand

    mutating func run() throws {
        var filter = RunFilter(caseName: caseName)
        if let status {
            guard let known = RunStatus(rawValue: status) else {
                throw ValidationError(
                    "--status '\(status)' is not one of "
                        + RunStatus.allCases.map(\.rawValue).joined(separator: ", "))
            }
            filter.status = known
        }
        for assignment in parameter {
            let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty else {
                throw ValidationError("--parameter takes NAME=VALUE, got '\(assignment)'")
            }
            filter.parameters[parts[0]] = parts[1]
        }
        let database = try HistoryCommand.openExisting(history ?? courant.history)
        print(RunListing.table(try database.runs(matching: filter)), terminator: "")
    }
}

/// `courant history show RUN`.
struct HistoryShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "One run's settings, outcome and final residuals.")

    @Argument(help: ArgumentHelp("The run id (first column of 'history list').", valueName: "RUN"))
    var runID: Int64

    @Option(help: "History database (default: $COURANT_HISTORY or ./courant-history.db).")
    var history: String?

    @ParentCommand var courant: CourantCommand

    mutating func run() throws {
        print(
            try RunReport.text(
                HistoryCommand.openExisting(history ?? courant.history), runID: runID),
            terminator: "")
    }
}

/// `courant history export RUN --format csv|json [--output FILE]`.
struct HistoryExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "A run's full residual and report history.")

    @Argument(help: ArgumentHelp("The run id.", valueName: "RUN"))
    var runID: Int64

    @Option(help: "csv (one row per iteration) or json (the run, criteria and iterations).")
    var format: String

    @Option(help: "Write here instead of standard output.")
    var output: String?

    @Option(help: "History database (default: $COURANT_HISTORY or ./courant-history.db).")
    var history: String?

    @ParentCommand var courant: CourantCommand

    mutating func run() throws {
        guard let exportFormat = RunExport.Format(rawValue: format) else {
            throw ValidationError("--format must be csv or json, got '\(format)'")
        }
        let text = try RunExport.export(
            HistoryCommand.openExisting(history ?? courant.history), runID: runID,
            format: exportFormat)
        if let output {
            try text.write(toFile: output, atomically: true, encoding: .utf8)
        } else {
            print(text, terminator: "")
        }
    }
}

/// `courant history plot RUN... --output FILE.svg`.
struct HistoryPlotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plot",
        abstract: "SVG of residuals: one run's equations with its criteria, or several runs "
            + "compared on one equation.")

    @Argument(
        help: ArgumentHelp(
            "Run ids; one draws every equation, several compare one equation.", valueName: "RUN"))
    var runs: [Int64]

    @Option(help: "The SVG file to write.")
    var output: String

    @Option(help: "Equation compared across several runs.")
    var equation = "continuity"

    @Option(help: "scaled (Fluent's default), normalised or unscaled.")
    var form = ResidualPlot.Form.scaled.rawValue

    @Option(help: "History database (default: $COURANT_HISTORY or ./courant-history.db).")
    var history: String?

    @ParentCommand var courant: CourantCommand

    mutating func validate() throws {
        guard !runs.isEmpty else { throw ValidationError("give at least one run id") }
    }

    mutating func run() throws {
        guard let residualForm = ResidualPlot.Form(rawValue: form) else {
            throw ValidationError(
                "--form must be one of "
                    + ResidualPlot.Form.allCases.map(\.rawValue).joined(separator: ", "))
        }
        try ResidualPlot.write(
            HistoryCommand.openExisting(history ?? courant.history), runIDs: runs, output: output,
            equation: equation, form: residualForm)
    }
}

/// `courant history merge A.db B.db ... --into C.db`.
struct HistoryMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Copy every run of the sources into one history, skipping runs it already has.",
        discussion: """
            A run the history already has is updated when its source has moved on (it ended, \
            or was found dead). A source run still 'running' is merged as 'interrupted' when \
            it ran on this host and its process is gone, or with --writers-ended.
            """)

    @Argument(help: "Source histories (e.g. the shards of a Slurm sweep).")
    var sources: [String]

    @Option(help: "The history to merge into (created if absent).")
    var into: String

    @Flag(
        help: """
            Every process that wrote the sources has ended (the merge step of a Slurm array): \
            runs still 'running' in them were killed and are merged as 'interrupted'.
            """)
    var writersEnded = false

    mutating func validate() throws {
        guard !sources.isEmpty else { throw ValidationError("give at least one source history") }
    }

    mutating func run() throws {
        // Every source is checked before the target is opened, which would create it.
        for source in sources { _ = try HistoryCommand.openExisting(source) }
        let summary = try HistoryMerge.merge(
            sources: sources, into: into, writersEnded: writersEnded)
        print(
            "merged \(sources.count) histories into \(into): \(summary.copied) runs copied, "
                + "\(summary.updated) updated, \(summary.duplicates) already there")
    }
}
