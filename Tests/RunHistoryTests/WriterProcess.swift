import Foundation
import RunHistory
import Testing

/// A history writer in a process of its own, for the kill and concurrency tests.
///
/// The child is this test binary run again with a filter selecting only
/// `HistoryWriterProcess`, which the `COURANT_TEST_WRITER_*` variables enable. A fresh process
/// (rather than `fork()` of the multi-threaded test process, which can freeze the child on a lock
/// another thread held at that instant, e.g. sqlite's allocator mutex) is as real as a worker.
enum WriterProcess {
    /// What the child is asked to do.
    struct Configuration {
        var path: String
        var label: String
        /// Iterations to log then finish `converged`; 0 logs until killed.
        var iterations: Int
        var commitEvery: Int
    }

    /// The configuration when this process is a writer child, nil in the ordinary test run.
    static var configuration: Configuration? {
        let environment = ProcessInfo.processInfo.environment
        guard let path = environment["COURANT_TEST_WRITER_DB"] else { return nil }
        return Configuration(
            path: path, label: environment["COURANT_TEST_WRITER_LABEL"] ?? "0",
            iterations: Int(environment["COURANT_TEST_WRITER_ITERATIONS"] ?? "") ?? 0,
            commitEvery: Int(environment["COURANT_TEST_WRITER_COMMIT"] ?? "") ?? 10)
    }

    /// Starts a writer child.
    static func start(path: String, label: String, iterations: Int, commitEvery: Int) throws
        -> Process
    {
        let process = Process()
        let binary = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = [
            "--testing-library", "swift-testing", "--filter", "HistoryWriterProcess",
        ]
        process.environment = ProcessInfo.processInfo.environment.merging([
            "COURANT_TEST_WRITER_DB": path, "COURANT_TEST_WRITER_LABEL": label,
            "COURANT_TEST_WRITER_ITERATIONS": String(iterations),
            "COURANT_TEST_WRITER_COMMIT": String(commitEvery),
        ]) { $1 }
        _ = FileManager.default.createFile(atPath: logPath(path: path, label: label), contents: nil)
        let log = FileHandle(forWritingAtPath: logPath(path: path, label: label))
        process.standardOutput = log ?? FileHandle.nullDevice
        process.standardError = log ?? FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Where the child with `label` writes its test output, so a failed child's error can be
    /// quoted by the parent's expectation.
    static func logPath(path: String, label: String) -> String {
        "\(path).writer-\(label).log"
    }

    /// The lines of a child's output that record a failure (empty when it passed).
    static func failureLines(path: String, label: String) -> String {
        let log = logPath(path: path, label: label)
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { $0.contains("✘") || $0.contains("rror") }
            .joined(separator: "\n")
    }
}

/// The writer child's body; skipped in the ordinary test run.
@Suite struct HistoryWriterProcess {
    @Test(.enabled(if: WriterProcess.configuration != nil))
    func writerChildLogsSyntheticIterations() throws {
        let configuration = try #require(WriterProcess.configuration)
        let database = try HistoryDatabase(path: configuration.path)
        let logger = try database.beginRun(
            SyntheticHistory.description(parameters: ["writer": configuration.label]),
            commitPolicy: CommitPolicy(iterations: configuration.commitEvery))
        var iteration = 1
        while configuration.iterations == 0 || iteration <= configuration.iterations {
            try logger.append(SyntheticHistory.sample(iteration))
            iteration += 1
            if configuration.iterations == 0 { usleep(200) }
        }
        try logger.finish(status: .converged, convergedAt: configuration.iterations)
    }
}
