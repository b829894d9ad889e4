import FlowSolver
import Monitoring
import RunHistory

/// Logs the residual stream of one run to the history database: the run row is created at the
/// first iteration after flow initialisation, every iteration is appended (committed in batches
/// by the store's `CommitPolicy`), each `iterate` call's end is committed with its status, and the
/// run is closed with the last status when the flow is re-initialised or the session ends. A
/// session killed between `iterate` calls leaves the last call's status (a REPL run that
/// converged stays converged); one killed while iterating keeps what was committed and the run
/// is marked `interrupted` when the database is next opened.
public final class HistoryRecorder: IterationObserver {
    /// The open history store the run is logged to (`--history DB`, `/file/history/...`).
    public let database: HistoryDatabase
    /// Describes the run when its first iteration arrives (the settings then in force).
    private let describe: () -> RunDescription
    private var logger: RunLogger?
    private var lastStatus: Monitoring.RunStatus?
    private var convergedAt: Int?
    /// The last iteration logged, and the iteration the current `iterate` call may reach.
    private var lastIteration = 0
    private var iterationLimit: Int?
    /// Receives one-line warnings when the database cannot be written (the run goes on).
    private let warn: (String) -> Void

    /// A recorder that logs to `database`, describing the run with `describe` when its first
    /// iteration arrives and sending write failures to `warn` instead of stopping the run.
    public init(
        database: HistoryDatabase, describe: @escaping () -> RunDescription,
        warn: @escaping (String) -> Void
    ) {
        self.database = database
        self.describe = describe
        self.warn = warn
    }

    /// The id of the run being logged, if one has started.
    public var runID: Int64? { logger?.runID }

    /// Notes the iteration this call may reach (iterations so far + `iterationLimit`): stored
    /// with the run row when it is created at the first iteration, or, for a run already open,
    /// stored as the run is marked `running` again.
    public func runWillStart(equations: [String], reports: [String], iterationLimit: Int) {
        let limit = lastIteration + iterationLimit
        self.iterationLimit = limit
        do { try logger?.resume(iterationLimit: limit) } catch {
            warn("Warning: run history \(database.path): \(error)")
        }
    }

    /// Begins the run row if none is open, then appends the iteration's residuals and reports.
    public func iterationDidComplete(_ record: IterationRecord, iterationsLeft: Int) {
        do {
            lastIteration = record.iteration
            if logger == nil {
                var description = describe()
                description.iterationLimit = iterationLimit
                logger = try database.beginRun(description)
            }
            try logger?.append(Self.sample(of: record))
        } catch {
            warn("Warning: run history \(database.path): \(error)")
        }
    }

    /// Commits the call's iterations with its status (and the converged iteration), which
    /// `close()` repeats as the run's final outcome.
    public func runDidFinish(_ outcome: RunOutcome) {
        lastStatus = outcome.status
        if outcome.status == .converged { convergedAt = outcome.lastRecord?.iteration }
        do {
            try logger?.recordOutcome(
                status: Self.historyStatus(lastStatus), convergedAt: convergedAt)
        } catch {
            warn("Warning: run history \(database.path): \(error)")
        }
    }

    /// Closes the run with the status of its last `iterate` call and forgets it, so the next
    /// initialisation starts a new run with its own status, limit and converged iteration.
    public func close() {
        defer {
            logger = nil
            lastStatus = nil
            convergedAt = nil
            lastIteration = 0
            iterationLimit = nil
        }
        guard let logger else { return }
        do {
            try logger.finish(status: Self.historyStatus(lastStatus), convergedAt: convergedAt)
        } catch {
            warn("Warning: run history \(database.path): \(error)")
        }
    }

    /// The history's form of a run status; no status yet (no `iterate` call ended) is
    /// `interrupted`.
    static func historyStatus(_ status: Monitoring.RunStatus?) -> RunHistory.RunStatus {
        RunHistory.RunStatus(rawValue: (status ?? .interrupted).rawValue) ?? .failed
    }

    /// The store's row form of a solver record.
    static func sample(of record: IterationRecord) -> IterationSample {
        IterationSample(
            iteration: record.iteration,
            residuals: record.residuals.map {
                ResidualSample(
                    equation: $0.equation, unscaled: $0.unscaled, scaled: $0.scaled,
                    normalised: $0.normalised)
            },
            reports: record.reports.map { ReportSample(name: $0.name, value: $0.value) })
    }
}
