import CommandShell
import FlowSolver
import Foundation
import Monitoring
import RunHistory

/// Logs the residual stream of one run to the history database.
///
/// Before each `iterate` call, `prepare` opens the run row (the first call) or marks it running
/// again with the settings changed since the last call (`setting_change` rows; the run's
/// settings and criteria become those now in force); a database that cannot be written is
/// reported there, once, before anything is computed. Every iteration is appended (committed in
/// batches by the store's `CommitPolicy`); each call's end is committed with its status, the
/// iteration it converged at (only if that call converged) and the seconds spent iterating, not
/// those spent at the prompt between calls. The run is closed with the last status when the
/// flow is re-initialised or the session ends. A session killed between calls leaves the last
/// call's status; one killed while iterating keeps what was committed and the run is marked
/// `interrupted` when the database is next opened.
///
/// A write that fails while iterating (a full disk) stops the run (`StopDecider`, status
/// `failed`) rather than letting it go on unlogged; `failure` keeps the one-line reason.
public final class HistoryRecorder: IterationObserver, StopDecider {
    /// The open history store the run is logged to (`--history DB`, `/file/history/...`).
    public let database: HistoryDatabase
    /// Describes the run as the settings now in force make it.
    private let describe: () -> RunDescription
    private var logger: RunLogger?
    /// The settings of the last `iterate` call, to find what changed before the next.
    private var settings: [String: String] = [:]
    private var lastStatus: Monitoring.RunStatus?
    private var convergedAt: Int?
    /// The last iteration logged.
    private var lastIteration = 0
    /// Seconds spent iterating in this run, and when the current call started.
    private var iteratingSeconds = 0.0
    private var callStart: ContinuousClock.Instant?
    /// The first write that failed, as one line; nil while every write has succeeded.
    public private(set) var failure: String?

    /// A recorder that logs to `database`, describing the run with `describe` before each
    /// `iterate` call.
    public init(database: HistoryDatabase, describe: @escaping () -> RunDescription) {
        self.database = database
        self.describe = describe
    }

    /// The id of the run being logged, if one has started.
    public var runID: Int64? { logger?.runID }

    /// Opens the run row, or marks the open run `running` again with its new iteration limit
    /// (iterations so far + `count`) and the settings changed since its last call. Throws, with
    /// the one-line reason also kept in `failure`, when the database cannot be written.
    public func prepare(count: Int) throws {
        if let failure { throw ShellError(failure) }
        var description = describe()
        description.iterationLimit = lastIteration + count
        do {
            if let logger {
                let changes = SettingChange.between(
                    settings, description.settings, from: lastIteration + 1)
                try logger.changeSettings(
                    changes, settings: description.settings, criteria: description.criteria)
                try logger.resume(iterationLimit: lastIteration + count)
            } else {
                logger = try database.beginRun(description)
            }
        } catch {
            throw ShellError(fail(error))
        }
        settings = description.settings
        callStart = ContinuousClock.now
    }

    /// Nothing to do: `prepare` opened the call before the controller started it.
    public func runWillStart(equations: [String], reports: [String], iterationLimit: Int) {}

    /// Appends the iteration's residuals and reports.
    public func iterationDidComplete(_ record: IterationRecord, iterationsLeft: Int) {
        guard failure == nil, let logger else { return }
        lastIteration = record.iteration
        do {
            try logger.append(Self.sample(of: record))
        } catch {
            fail(error)
        }
    }

    /// Stops the run after a failed write: it would otherwise go on computing what is not kept.
    public func stopRequest(after record: IterationRecord) -> (
        status: Monitoring.RunStatus, reason: String
    )? {
        guard let failure else { return nil }
        return (.failed, "Error: \(failure); the run is stopped at iteration \(record.iteration)")
    }

    /// Commits the call's iterations with its status, the iteration it converged at (none when
    /// this call did not converge) and the seconds spent iterating; `close()` repeats it as the
    /// run's final outcome.
    public func runDidFinish(_ outcome: RunOutcome) {
        if let start = callStart {
            iteratingSeconds += Self.seconds(ContinuousClock.now - start)
            callStart = nil
        }
        lastStatus = outcome.status
        convergedAt = outcome.status == .converged ? outcome.lastRecord?.iteration : nil
        guard failure == nil else { return }
        do {
            try logger?.recordOutcome(
                status: Self.historyStatus(lastStatus), convergedAt: convergedAt,
                wallSeconds: iteratingSeconds)
        } catch {
            fail(error)
        }
    }

    /// Closes the run with the status of its last `iterate` call and forgets it, so the next
    /// initialisation starts a new run with its own status, limit and converged iteration.
    /// Returns the reason when the run's end could not be written (nil when it was, or when
    /// there was no run).
    @discardableResult
    public func close() -> String? {
        defer {
            logger = nil
            settings = [:]
            lastStatus = nil
            convergedAt = nil
            lastIteration = 0
            iteratingSeconds = 0
            callStart = nil
            failure = nil
        }
        guard let logger else { return failure }
        do {
            try logger.finish(
                status: Self.historyStatus(lastStatus), convergedAt: convergedAt,
                wallSeconds: iteratingSeconds)
        } catch {
            return failure ?? fail(error)
        }
        return failure
    }

    /// Keeps the first failure's one-line reason and returns it.
    @discardableResult
    private func fail(_ error: any Error) -> String {
        if failure == nil { failure = "run history \(database.path): cannot write: \(error)" }
        return failure ?? ""
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

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
