import CommandShell
import FiniteVolume
import FlowSolver
import Foundation
import Monitoring
import RunHistory

/// One Courant session: the case settings, the solver built from them, the run controller that
/// iterates it, and the observers of its residual stream (console table, history). The command
/// tree (`CommandTree`) is the only way users change it, from the REPL, journals or case files.
public final class CourantSession {
    /// Everything the user has set.
    public var settings = CaseSettings()
    /// The residual equations of a turbulence model a journal asked for and Courant refused
    /// (`/define/models/viscous/kw-sst yes`: k, omega): residual criteria given for them are read
    /// and said to be ignored, so Fluent's value count for the journal's equations is accepted.
    /// Not a setting: it is never written to a case file.
    public var pendingTurbulenceEquations: [String] = []
    /// The solver, once the flow is initialised.
    public private(set) var solver: SteadyFlowSolver?
    /// The mesh specification the solver was built from.
    private var solverMesh: MeshSpecification?
    /// Decides when an `iterate` call ends; lives from one initialisation to the next.
    public private(set) var controller: RunController
    /// How the last `iterate` call ended.
    public private(set) var lastOutcome: RunOutcome?
    /// `/solve/set/number-of-iterations`: the count a bare `/solve/iterate` performs in a journal
    /// and offers at the REPL's prompt (Fluent's run-calculation count; a session setting, not
    /// written to the case file; a recorded journal records the count used).
    public var iterationCount = 100
    /// What `courant run` was given: the journal's text and its `--set` assignments exactly as
    /// typed. The history stores them as the run's case (hashed) and parameters, which is what a
    /// resumed sweep matches; without them (REPL) the canonical case journal is stored.
    public var runSource: (journal: String, assignments: [String: String])?
    /// `--set /tui/path=VALUE` assignments: applied, in order, each time the flow is initialised,
    /// after the journal's own settings (a sweep over a setting the journal does not expose).
    /// VALUE is split into words like a journal line, so per-equation settings take one per key.
    public var settingOverrides: [(path: String, value: String)] = []
    /// Wall-clock seconds spent iterating since the flow was initialised.
    public private(set) var iterationSeconds = 0.0
    /// The history database runs are logged to, nil when logging is off.
    public private(set) var history: HistoryDatabase?
    private var historyRecorder: HistoryRecorder?
    /// Open report files by name; created (truncated) at the first iteration after initialisation.
    private var reportFiles: [String: (specification: ReportFileSpecification, file: ReportFile)] =
        [:]
    /// `--quiet`: no residual table whatever `/solve/monitors/residual/print?` says.
    public var isQuiet = false
    /// Writes console text (the shell's output, or standard output).
    public var write: (String) -> Void
    /// The convergence surrogate watching the residual stream (idle until a model is loaded).
    public private(set) lazy var liveSurrogate = LiveSurrogate(session: self)
    /// The command tree bound to this session; built once, in `init`.
    public private(set) var root = MenuNode.root()

    /// The Courant version recorded with every run.
    public static let version = "0.1.0"

    /// A session with default case settings and no solver (the flow is not initialised), writing
    /// console text and the run controller's messages to `write`.
    public init(write: @escaping (String) -> Void) {
        self.write = write
        controller = RunController(residualMonitors: ResidualMonitorSettings(equations: [])) { _ in
        }
        controller.message = { [unowned self] in self.write($0 + "\n") }
        root = CommandTree.build(for: self)
    }

    /// The canonical case journal (`/file/write-case`): every setting, in replay order.
    public var caseJournal: String {
        CanonicalJournal.text(
            of: root, header: ["; Courant \(Self.version) case file: \(settings.caseName)"])
            + ReportJournal.lines(for: settings).map { $0 + "\n" }.joined()
    }

    // MARK: Flow initialisation and iteration

    /// `/solve/initialize/initialize-flow`: builds the mesh and the solver from the current
    /// settings, with uniform initial fields, or with the solution `data` holds (`/file/read-data`:
    /// it must belong to the same mesh; nothing changes otherwise). Closes the history run of the
    /// previous solution.
    func initializeFlow(in shell: ShellSession? = nil, from data: DataFile?) throws {
        if let shell {
            for (path, value) in settingOverrides {
                // The value is read as a journal line reads it, so a per-equation setting takes
                // several words: --set "/solve/monitors/residual/convergence-criteria=1e-5 1e-5 1e-5".
                do {
                    try shell.execute("\(path) \(value)")
                } catch let error as ShellError where error.kind == .invalid {
                    // Named as typed, so the user looks at the command line, not the journal.
                    throw ShellError(error.message, path: "--set \(path)=\(value)")
                }
            }
        }
        let mesh = try settings.mesh.mesh()
        let setup = settings.solverSetup(patchNames: mesh.patches.map(\.name))
        var newSolver = try SteadyFlowSolver(mesh: mesh, setup: setup)
        try newSolver.attach(reports: settings.reportDefinitions)
        if let data {
            guard data.dimension == mesh.dimension, data.cells == mesh.nCells,
                data.faces == mesh.nFaces
            else {
                throw ShellError(
                    "the data is for a \(data.dimension)-D mesh of \(data.cells) cells and "
                        + "\(data.faces) faces; the case's mesh has \(mesh.nCells) cells and "
                        + "\(mesh.nFaces) faces")
            }
            do {
                try newSolver.restore(data.state)
            } catch {
                throw ShellError("the data does not fit the case: \(error)")
            }
        }
        closeHistoryRun()
        reportFiles = [:]
        solver = newSolver
        solverMesh = settings.mesh
        iterationSeconds = 0
        lastOutcome = nil
        controller = RunController(
            residualMonitors: settings.residualMonitors,
            conditions: settings.convergenceConditions, stallDetection: settings.stallDetection
        ) { [unowned self] in self.write($0 + "\n") }
        let start =
            data.map { "Solution read (iteration \($0.state.iteration))" } ?? "Flow initialized"
        write(
            "\(start): \(mesh.nCells) cells, \(mesh.nFaces) faces, patches "
                + mesh.patches.map(\.name).joined(separator: ", ") + "\n")
    }

    /// `/solve/initialize/initialize-flow` (see `initializeFlow(in:from:)`).
    public func initializeFlow(in shell: ShellSession? = nil) throws {
        try initializeFlow(in: shell, from: nil)
    }

    /// The data file of the current solution (`/file/write-data`); refused when there is no
    /// solution or the mesh settings changed since it was computed.
    func dataFile() throws -> DataFile {
        guard let solver, let builtFrom = solverMesh else {
            throw ShellError("there is no solution to write: initialize the flow first")
        }
        guard builtFrom == settings.mesh else {
            throw ShellError(
                "the mesh settings changed since the solution was computed; its data would not "
                    + "fit the case")
        }
        return DataFile(solver)
    }

    /// `/solve/iterate N`: up to `count` outer iterations with the settings now in force.
    public func iterate(count: Int, isInterrupted: () -> Bool) throws -> RunOutcome {
        guard var current = solver, let builtFrom = solverMesh else {
            throw ShellError("the flow is not initialized: use /solve/initialize/initialize-flow")
        }
        guard builtFrom == settings.mesh else {
            throw ShellError(
                "the mesh settings changed since the flow was initialized: use "
                    + "/solve/initialize/initialize-flow")
        }
        try current.update(
            setup: settings.solverSetup(patchNames: current.mesh.patches.map(\.name)))
        try current.attach(reports: settings.reportDefinitions)
        settings.residualMonitors.synchronise(with: settings.equations)
        controller.residualMonitors = settings.residualMonitors
        controller.conditions = settings.convergenceConditions
        controller.stallDetection = settings.stallDetection
        controller.observers = try observers()
        var deciders: [any StopDecider] = []
        if let historyRecorder {
            // Said once, before anything is computed, when the history cannot be written.
            try historyRecorder.prepare(count: count)
            deciders.append(historyRecorder)
        }
        if liveSurrogate.model != nil && liveSurrogate.abandonThreshold != nil {
            deciders.append(liveSurrogate)
        }
        controller.deciders = deciders
        let start = Date()
        let outcome = controller.iterate(
            count: count, isInterrupted: isInterrupted, reportNames: settings.reportNames
        ) {
            current.iterate()
        }
        iterationSeconds += Date().timeIntervalSince(start)
        solver = current
        lastOutcome = outcome
        // A failure while iterating stopped the run with its own message; one in writing the
        // call's outcome is said here.
        if outcome.status != .failed, let failure = historyRecorder?.failure {
            throw ShellError(failure)
        }
        return outcome
    }

    private func observers() throws -> [any IterationObserver] {
        var list: [any IterationObserver] = []
        if settings.printsResiduals && !isQuiet {
            list.append(
                ResidualTable(
                    monitors: settings.residualMonitors,
                    reportColumns: settings.printsReports ? settings.reportNames : []
                ) { [unowned self] in self.write($0 + "\n") })
        }
        for specification in settings.reportFiles {
            if let open = reportFiles[specification.name], open.specification == specification {
                list.append(open.file)
                continue
            }
            let file = try ReportFile(
                path: specification.path, reports: specification.reports
            ) { [unowned self] in self.write($0 + "\n") }
            reportFiles[specification.name] = (specification, file)
            list.append(file)
        }
        if let historyRecorder { list.append(historyRecorder) }
        // Always, so that a model loaded later predicts from every iteration of the solution.
        list.append(liveSurrogate)
        return list
    }

    // MARK: History

    /// Logs runs to the database at `path` from now on (creating it if needed); nil stops logging.
    public func useHistory(at path: String?) throws {
        closeHistoryRun()
        historyRecorder = nil
        history = nil
        guard let path else { return }
        let database = try HistoryDatabase(path: path)
        try database.checkWritable()
        history = database
        historyRecorder = HistoryRecorder(
            database: database, describe: { [unowned self] in self.runDescription() })
    }

    /// Closes the run in progress when the session goes on (a new solution, another database),
    /// saying in one line if its end could not be written.
    private func closeHistoryRun() {
        if let failure = historyRecorder?.close() { write("Error: \(failure)\n") }
    }

    /// The id of the history run being logged, if any.
    public var historyRunID: Int64? { historyRecorder?.runID }

    /// Closes the history run in progress at the end of a journal or of the REPL, and folds
    /// the database's write-ahead log into the file, so that the `.db` copied alone holds every
    /// run. Returns the one-line reason when the run's end could not be written.
    @discardableResult
    public func close() -> String? {
        let failure = historyRecorder?.close()
        try? history?.checkpoint()
        return failure
    }

    private func runDescription() -> RunDescription {
        var settingsByPath: [String: String] = [:]
        for setting in CanonicalJournal.writableSettings(under: root) {
            let value = setting.get().journalText
            if !value.isEmpty { settingsByPath[setting.path] = value }
        }
        return RunDescription(
            caseName: settings.caseName, journal: runSource?.journal ?? caseJournal,
            parameters: runSource?.assignments ?? [:],
            settings: settingsByPath,
            criteria: settings.residualMonitors.monitors.filter(\.checksConvergence).map {
                ResidualCriterion(equation: $0.equation, value: $0.absoluteCriterion)
            },
            courantVersion: Self.version)
    }
}
