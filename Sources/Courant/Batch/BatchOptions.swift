import Foundation

/// How to run a sweep locally.
public struct BatchOptions: Sendable, Equatable {
    /// Absolute path of the `courant` executable each run invokes.
    public var executable: String
    /// The history database every run logs to (and resume looks in).
    public var historyPath: String
    /// Runs at once; defaults to the number of cores.
    public var concurrency: Int
    /// Folder for each run's summary (`run-INDEX.json`) and console log (`run-INDEX.log`).
    public var outputDirectory: String
    /// Further `courant run` options given to every run, e.g. `--abandon-hopeless 0.05`.
    public var runArguments: [String] = []

    /// Options; `concurrency` defaults to the number of cores.
    public init(
        executable: String, historyPath: String, outputDirectory: String,
        concurrency: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.executable = executable
        self.historyPath = historyPath
        self.outputDirectory = outputDirectory
        self.concurrency = max(1, concurrency)
    }
}
