import Foundation

/// Appends one run's iterations to the history in batched transactions.
///
/// Iterations are buffered in memory and written, with their residual and report rows, the
/// run's committed iteration count and the time (`committed_time`), in one
/// `BEGIN IMMEDIATE ... COMMIT` whenever the `CommitPolicy` says so, and at `finish`. What is
/// committed survives a killed process; the next open marks such a run `interrupted`, ending
/// at its last commit.
public final class RunLogger {
    /// The run's id in the database.
    public let runID: Int64
    /// When buffered iterations are committed.
    public let policy: CommitPolicy
    private let database: HistoryDatabase
    private let startTime: Double
    private let insertResidual: SQLiteStatement
    private let insertReport: SQLiteStatement
    private let updateProgress: SQLiteStatement
    private var pending: [IterationSample] = []
    private var lastCommit: ContinuousClock.Instant
    private var committedIterations = 0
    private var finished = false

    init(database: HistoryDatabase, runID: Int64, startTime: Double, policy: CommitPolicy) throws {
        let connection = database.connection
        self.database = database
        self.runID = runID
        self.startTime = startTime
        self.policy = policy
        self.insertResidual = try connection.prepare(
            """
            INSERT OR REPLACE INTO residual (run_id, iteration, equation, unscaled, scaled,
                normalised) VALUES (?, ?, ?, ?, ?, ?)
            """)
        self.insertReport = try connection.prepare(
            "INSERT OR REPLACE INTO report (run_id, iteration, report, value) VALUES (?, ?, ?, ?)")
        self.updateProgress = try connection.prepare(
            "UPDATE run SET iterations = max(iterations, ?), committed_time = ? WHERE id = ?")
        self.lastCommit = ContinuousClock.now
    }

    /// A logger dropped without `finish` (the caller threw, the REPL moved on) still commits
    /// what it buffered; the run stays `running` until a later open finds its process gone.
    deinit {
        if !finished { try? flush() }
    }

    /// The highest iteration committed so far (0 before the first commit).
    public var committedIteration: Int { committedIterations }

    /// Buffers one iteration, committing the buffer if the policy says it is time.
    public func append(_ sample: IterationSample) throws {
        guard !finished else { throw HistoryError.runAlreadyFinished(id: runID) }
        pending.append(sample)
        if pending.count >= policy.iterations
            || ContinuousClock.now - lastCommit >= .seconds(policy.seconds)
        {
            try flush()
        }
    }

    /// Commits every buffered iteration now.
    public func flush() throws {
        guard !pending.isEmpty else { return }
        let batch = pending
        try database.connection.transaction {
            for sample in batch { try write(sample) }
            let last = batch.map(\.iteration).max() ?? 0
            updateProgress.reset()
            try updateProgress.bind(last, at: 1)
            try updateProgress.bind(ProcessIdentity.now(), at: 2)
            try updateProgress.bind(runID, at: 3)
            try updateProgress.step()
        }
        pending.removeAll(keepingCapacity: true)
        committedIterations = max(committedIterations, batch.map(\.iteration).max() ?? 0)
        lastCommit = ContinuousClock.now
    }

    /// Marks the run `running` again, with no end time, as a further `iterate` call in the REPL
    /// starts that may take it to iteration `limit`; committed at once, so a process killed
    /// from here on leaves the run to be found `interrupted`.
    public func resume(iterationLimit limit: Int) throws {
        guard !finished else { throw HistoryError.runAlreadyFinished(id: runID) }
        try database.connection.transaction {
            let update = try database.connection.prepare(
                "UPDATE run SET iteration_limit = ?, status = ?, end_time = NULL WHERE id = ?")
            try update.bind(limit, at: 1)
            try update.bind(RunStatus.running.rawValue, at: 2)
            try update.bind(runID, at: 3)
            try update.step()
        }
    }

    /// Records settings changed since the run's last `iterate` call: one `setting_change` row
    /// each, and the run's `settings` and `criterion` rows replaced by the values now in force
    /// (what `history show` and plots read), in one transaction.
    public func changeSettings(
        _ changes: [SettingChange], settings: [String: String], criteria: [ResidualCriterion]
    ) throws {
        guard !finished else { throw HistoryError.runAlreadyFinished(id: runID) }
        guard !changes.isEmpty else { return }
        let connection = database.connection
        try connection.transaction {
            let insert = try connection.prepare(
                """
                INSERT OR REPLACE INTO setting_change (run_id, iteration, path, old_value,
                    new_value) VALUES (?, ?, ?, ?, ?)
                """)
            for change in changes {
                insert.reset()
                try insert.bind(runID, at: 1)
                try insert.bind(change.iteration, at: 2)
                try insert.bind(change.path, at: 3)
                try insert.bind(change.oldValue, at: 4)
                try insert.bind(change.newValue, at: 5)
                try insert.step()
            }
            let update = try connection.prepare("UPDATE run SET settings = ? WHERE id = ?")
            try update.bind(CaseIdentity.canonicalJSON(settings), at: 1)
            try update.bind(runID, at: 2)
            try update.step()
            let delete = try connection.prepare("DELETE FROM criterion WHERE run_id = ?")
            try delete.bind(runID, at: 1)
            try delete.step()
            try database.insertCriteria(criteria, runID: runID)
        }
    }

    /// Commits what is buffered and records how an `iterate` call ended (status, end time,
    /// wall time, converged iteration) while the run stays open for further calls: a session
    /// killed before it closes the run leaves this outcome instead of `interrupted`.
    ///
    /// - Parameters:
    ///   - convergedAt: the iteration at which every criterion was met, if the call converged.
    ///   - wallSeconds: seconds spent iterating; nil: the time since the run started.
    public func recordOutcome(
        status: RunStatus, convergedAt: Int? = nil, wallSeconds: Double? = nil
    ) throws {
        guard !finished else { throw HistoryError.runAlreadyFinished(id: runID) }
        try flush()
        let endTime = ProcessIdentity.now()
        try database.connection.transaction {
            let update = try database.connection.prepare(
                """
                UPDATE run SET status = ?, end_time = ?, wall_seconds = ?, converged_at = ?,
                    iterations = (SELECT coalesce(max(iteration), 0) FROM residual
                                  WHERE run_id = run.id)
                WHERE id = ?
                """)
            try update.bind(status.rawValue, at: 1)
            try update.bind(endTime, at: 2)
            try update.bind(wallSeconds ?? endTime - startTime, at: 3)
            try update.bind(convergedAt, at: 4)
            try update.bind(runID, at: 5)
            try update.step()
        }
    }

    /// Records the run's final outcome (as `recordOutcome`) and closes the logger.
    public func finish(
        status: RunStatus, convergedAt: Int? = nil, wallSeconds: Double? = nil
    ) throws {
        try recordOutcome(status: status, convergedAt: convergedAt, wallSeconds: wallSeconds)
        finished = true
    }

    private func write(_ sample: IterationSample) throws {
        for residual in sample.residuals {
            insertResidual.reset()
            try insertResidual.bind(runID, at: 1)
            try insertResidual.bind(sample.iteration, at: 2)
            try insertResidual.bind(residual.equation, at: 3)
            try insertResidual.bind(residual.unscaled, at: 4)
            try insertResidual.bind(residual.scaled, at: 5)
            try insertResidual.bind(residual.normalised, at: 6)
            try insertResidual.step()
        }
        for report in sample.reports {
            insertReport.reset()
            try insertReport.bind(runID, at: 1)
            try insertReport.bind(sample.iteration, at: 2)
            try insertReport.bind(report.name, at: 3)
            try insertReport.bind(report.value, at: 4)
            try insertReport.step()
        }
    }
}
