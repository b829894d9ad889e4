import Foundation
import RunHistory

/// What `courant run --summary FILE.json` writes when the run ends, and a batch reads back for
/// its final table: `{"runID": 12, "status": "converged", "iterations": 412, "convergedAt": 412,
/// "wallSeconds": 28.1}` (`runID` is the run's id in its history database).
public struct RunSummary: Sendable, Equatable, Codable {
    /// The run's id in the history database it was logged to, if it was logged.
    public var runID: Int64?
    /// How the run ended.
    public var status: RunStatus
    /// Iterations done.
    public var iterations: Int
    /// Iteration at which every criterion was met, if any.
    public var convergedAt: Int?
    /// Wall-clock seconds of the run.
    public var wallSeconds: Double

    /// A summary from its parts.
    public init(
        runID: Int64?, status: RunStatus, iterations: Int, convergedAt: Int?, wallSeconds: Double
    ) {
        self.runID = runID
        self.status = status
        self.iterations = iterations
        self.convergedAt = convergedAt
        self.wallSeconds = wallSeconds
    }

    /// Writes the summary as JSON to `path` (atomically, so a reader never sees half a file).
    public func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// The summary at `path`, or nil if the file is missing or not a summary (the run crashed).
    public static func read(from path: String) -> RunSummary? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(RunSummary.self, from: data)
    }
}
