import Foundation
import RunHistory
import Testing

@Suite struct HistoryOpeningTests {
    /// Opening `path` must throw `notHistoryDatabase` and leave the file byte-identical.
    private func expectRefusedAndUntouched(_ path: String) throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect {
            _ = try HistoryDatabase(path: path)
        } throws: { error in
            guard case HistoryError.notHistoryDatabase(let reported, _) = error else {
                return false
            }
            return reported == path
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func randomBytesAreRefusedAndLeftUntouched() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let path = scratch.file("random.db")
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        try expectRefusedAndUntouched(path)
    }

    @Test func aDirectoryIsRefusedAsOne() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let path = scratch.file("runs")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        #expect(throws: HistoryError.notHistoryDatabase(path: path, reason: "a directory")) {
            try HistoryDatabase(path: path)
        }
    }

    @Test func anotherApplicationsDatabaseIsRefusedAndLeftUntouched() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let path = scratch.file("other.db")
        do {
            let other = try SQLiteConnection(path: path, mode: .readWriteCreate)
            try other.execute(
                """
                CREATE TABLE run (id INTEGER PRIMARY KEY, name TEXT);
                INSERT INTO run VALUES (1, 'x')
                """
            )
        }
        try expectRefusedAndUntouched(path)
    }

    @Test func truncatedHistoryIsRefusedAndLeftUntouched() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let path = scratch.file("h.db")
        do {
            let database = try HistoryDatabase(path: path)
            _ = try SyntheticHistory.logRun(in: database, iterations: 400)
        }
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(whole.count > 16_384)
        try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: path))
        try expectRefusedAndUntouched(path)
    }

    @Test func newerSchemaIsRefusedWithBothVersions() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let path = scratch.file("future.db")
        do {
            _ = try HistoryDatabase(path: path)
            let raw = try SQLiteConnection(path: path, mode: .readWrite)
            try raw.execute("PRAGMA user_version = 99")
        }
        #expect(
            throws: HistoryError.newerSchema(
                path: path, found: 99, known: HistorySchema.currentVersion)
        ) {
            _ = try HistoryDatabase(path: path)
        }
    }

    /// A version-1 file as Courant 0.1 wrote it (built here by plain SQL, independent of the
    /// module's migration text): runs with parameters but no criterion or run_parameter tables.
    @Test func versionOneDatabaseMigratesAndKeepsItsRuns() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let path = scratch.file("v1.db")
        do {
            let raw = try SQLiteConnection(path: path, mode: .readWriteCreate)
            try raw.execute(
                """
                PRAGMA application_id = 1131378034;
                CREATE TABLE run (id INTEGER PRIMARY KEY, case_name TEXT NOT NULL,
                    journal TEXT NOT NULL, case_hash TEXT NOT NULL, parameters TEXT NOT NULL,
                    settings TEXT NOT NULL, courant_version TEXT NOT NULL, host TEXT NOT NULL,
                    pid INTEGER NOT NULL, start_time REAL NOT NULL, end_time REAL,
                    status TEXT NOT NULL, iterations INTEGER NOT NULL DEFAULT 0,
                    converged_at INTEGER, wall_seconds REAL);
                CREATE TABLE residual (run_id INTEGER NOT NULL, iteration INTEGER NOT NULL,
                    equation TEXT NOT NULL, unscaled REAL, scaled REAL, normalised REAL,
                    PRIMARY KEY (run_id, iteration, equation)) WITHOUT ROWID;
                CREATE TABLE report (run_id INTEGER NOT NULL, iteration INTEGER NOT NULL,
                    report TEXT NOT NULL, value REAL,
                    PRIMARY KEY (run_id, iteration, report)) WITHOUT ROWID;
                CREATE INDEX run_by_case ON run(case_hash, parameters);
                INSERT INTO run VALUES (7, 'cavity', 'j', 'abc', '{"Re":"400","cells":"65"}', '{}',
                    '0.1', 'elsewhere', 1, 1000.0, 1010.5, 'converged', 2, 2, 10.5);
                INSERT INTO residual VALUES (7, 1, 'continuity', 1.0, 1.0, 1.0),
                    (7, 2, 'continuity', 0.5, 0.25, 0.125);
                PRAGMA user_version = 1;
                """)
        }
        let database = try HistoryDatabase(path: path)
        #expect(try database.schemaVersion() == HistorySchema.currentVersion)
        let found = try database.runs(matching: RunFilter(parameters: ["Re": "400"]))
        #expect(found.map(\.id) == [7])
        #expect(found.first?.iterationLimit == nil)  // not recorded before version 3
        #expect(try database.iterations(runID: 7).last?.residuals.first?.normalised == 0.125)
        #expect(try database.criteria(runID: 7).isEmpty)
        #expect(try database.settingChanges(runID: 7).isEmpty)  // none before version 4
        #expect(try database.integrityCheck() == "ok")
    }

    @Test func readingCommandsRefuseAMissingFileInsteadOfCreatingIt() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let path = scratch.file("typo.db")
        #expect(throws: HistoryError.noHistory(path: path)) {
            _ = try RunListing.list(databaseAt: path, filter: RunFilter())
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func emptyFileBecomesAFreshHistory() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let path = scratch.file("empty.db")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let database = try HistoryDatabase(path: path)
        #expect(try database.schemaVersion() == HistorySchema.currentVersion)
    }
}
