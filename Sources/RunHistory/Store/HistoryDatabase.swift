import Foundation

/// A Courant history database: one SQLite file in WAL mode that several solver processes
/// write at once, each run's convergence history kept complete.
///
/// Opening validates before writing anything: a file that is not a Courant history (random
/// bytes, another application's SQLite database, a truncated file, a newer schema) raises
/// `HistoryError` and is left byte-identical. Then it migrates an older schema and marks as
/// `interrupted` every `running` run of this host whose process is gone.
public final class HistoryDatabase {
    /// Where the file lives.
    public let path: String
    /// The open connection (WAL, 10 s busy timeout, foreign keys on).
    let connection: SQLiteConnection

    /// How long a writer waits for another process's lock before failing.
    public static let busyTimeoutMilliseconds: Int32 = 10_000

    /// Opens the history at `path`, creating it if absent unless `createIfMissing` is false
    /// (what read-only commands pass, so a mistyped path is an error, not a new empty file).
    public init(path: String, createIfMissing: Bool = true) throws {
        guard createIfMissing || FileManager.default.fileExists(atPath: path) else {
            throw HistoryError.noHistory(path: path)
        }
        try Self.validateExistingFile(at: path)
        let connection = try SQLiteConnection(path: path, mode: .readWriteCreate)
        connection.setBusyTimeout(milliseconds: Self.busyTimeoutMilliseconds)
        // WAL: readers never block the writer; synchronous=NORMAL keeps every committed
        // transaction across a killed process (only a power cut can lose the last ones).
        try Self.enableWriteAheadLog(on: connection)
        try connection.execute("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON")
        self.path = path
        self.connection = connection
        try migrate()
        try markDeadRunsInterrupted()
    }

    /// Opens the existing history at `path` for reading only: validated as `init` does, but
    /// neither migrated nor marked, and never written, so that many processes on many nodes may
    /// look runs up in one shared history at once (a Slurm task checking whether its run is
    /// already done). Reading needs schema version 3 or later (`HistoryError.olderSchema`).
    public init(readingExisting path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw HistoryError.noHistory(path: path)
        }
        try Self.validateExistingFile(at: path)
        let connection = try SQLiteConnection(path: path, mode: .readOnly)
        connection.setBusyTimeout(milliseconds: Self.busyTimeoutMilliseconds)
        self.path = path
        self.connection = connection
        let version = try schemaVersion()
        guard version >= Self.oldestReadableVersion else {
            throw HistoryError.olderSchema(
                path: path, found: version, needed: Self.oldestReadableVersion)
        }
    }

    /// The oldest schema the queries read without migrating (v3 added `iteration_limit`).
    static let oldestReadableVersion = 3

    /// The schema version stored in the file.
    public func schemaVersion() throws -> Int {
        Int(try connection.integer("PRAGMA user_version"))
    }

    /// Throws `HistoryError.readOnly` when runs cannot be logged to this file: SQLite opens a
    /// file it may not write read-only without a word, and every insert then fails. Writers
    /// (`courant run`, `courant batch`, the REPL) call this before the first iteration, so the
    /// user hears once, before anything is computed, instead of once per iteration afterwards.
    public func checkWritable() throws {
        guard connection.isReadOnly else { return }
        let reason =
            access(path, W_OK) != 0 ? String(cString: strerror(errno)).lowercased() : "read-only"
        throw HistoryError.readOnly(path: path, reason: reason)
    }

    /// Copies every committed transaction from the write-ahead log into the database file and
    /// empties the log (`PRAGMA wal_checkpoint(TRUNCATE)`), so the `.db` file alone holds the
    /// whole history: what a program that wrote to it does before it exits. Another process
    /// still reading or writing may keep the log from being emptied; nothing is lost then.
    public func checkpoint() throws {
        try connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    }

    /// `PRAGMA integrity_check`: `ok` when the file is sound.
    public func integrityCheck() throws -> String {
        try connection.text("PRAGMA integrity_check")
    }

    /// Starts logging a run: inserts it as `running` with its criteria and parameters and
    /// returns the logger that appends its iterations.
    public func beginRun(
        _ description: RunDescription, commitPolicy: CommitPolicy = CommitPolicy()
    ) throws -> RunLogger {
        let runID: Int64 = try connection.transaction {
            let insert = try connection.prepare(
                """
                INSERT INTO run (case_name, journal, case_hash, parameters, settings,
                    courant_version, host, pid, start_time, status, iteration_limit)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            try insert.bind(description.caseName, at: 1)
            try insert.bind(CaseIdentity.canonicalJournal(description.journal), at: 2)
            try insert.bind(description.caseHash, at: 3)
            try insert.bind(CaseIdentity.canonicalJSON(description.parameters), at: 4)
            try insert.bind(CaseIdentity.canonicalJSON(description.settings), at: 5)
            try insert.bind(description.courantVersion, at: 6)
            try insert.bind(description.host, at: 7)
            try insert.bind(description.pid, at: 8)
            try insert.bind(description.startTime, at: 9)
            try insert.bind(RunStatus.running.rawValue, at: 10)
            try insert.bind(description.iterationLimit, at: 11)
            try insert.step()
            let id = connection.lastInsertedRowID
            try insertParameters(description.parameters, runID: id)
            try insertCriteria(description.criteria, runID: id)
            return id
        }
        return try RunLogger(
            database: self, runID: runID, startTime: description.startTime, policy: commitPolicy)
    }

    private func insertParameters(_ parameters: [String: String], runID: Int64) throws {
        let insert = try connection.prepare(
            "INSERT INTO run_parameter (run_id, name, value) VALUES (?, ?, ?)")
        for (name, value) in parameters {
            insert.reset()
            try insert.bind(runID, at: 1)
            try insert.bind(name, at: 2)
            try insert.bind(value, at: 3)
            try insert.step()
        }
    }

    func insertCriteria(_ criteria: [ResidualCriterion], runID: Int64) throws {
        let insert = try connection.prepare(
            "INSERT OR REPLACE INTO criterion (run_id, equation, value) VALUES (?, ?, ?)")
        for criterion in criteria {
            insert.reset()
            try insert.bind(runID, at: 1)
            try insert.bind(criterion.equation, at: 2)
            try insert.bind(criterion.value, at: 3)
            try insert.step()
        }
    }

    /// Brings the schema up to `HistorySchema.currentVersion`, one migration per transaction.
    ///
    /// The version is read inside each write transaction, so when several worker processes
    /// open a new database at once, each migration runs exactly once.
    private func migrate() throws {
        let known = HistorySchema.currentVersion
        while true {
            let done: Bool = try connection.transaction {
                let found = try schemaVersion()
                guard found <= known else {
                    throw HistoryError.newerSchema(path: path, found: found, known: known)
                }
                guard found < known else { return true }
                try connection.execute(HistorySchema.migrations[found])
                try connection.execute("PRAGMA user_version = \(found + 1)")
                return false
            }
            if done { return }
        }
    }

    /// Closes as `DeadRun` says every `running` run started on this host whose process is dead.
    private func markDeadRunsInterrupted() throws {
        let select = try connection.prepare(
            "SELECT id, pid FROM run WHERE status = ? AND host = ?")
        try select.bind(RunStatus.running.rawValue, at: 1)
        try select.bind(ProcessIdentity.hostName, at: 2)
        var dead: [Int64] = []
        while try select.step() {
            if !ProcessIdentity.isAlive(pid: Int(select.int64(at: 1))) {
                dead.append(select.int64(at: 0))
            }
        }
        guard !dead.isEmpty else { return }
        try connection.transaction {
            let update = try connection.prepare(
                "UPDATE run SET \(DeadRun.closingAssignments) WHERE id = ? AND status = ?")
            for id in dead {
                update.reset()
                try update.bind(id, at: 1)
                try update.bind(RunStatus.running.rawValue, at: 2)
                try update.step()
            }
        }
    }
}
