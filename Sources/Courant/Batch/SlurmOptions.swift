/// Resources and paths for `--emit slurm DIR`.
public struct SlurmOptions: Sendable, Equatable {
    /// Absolute path of `courant` on the cluster's compute nodes.
    public var executable: String
    /// The history the merge step writes into and each task reads (skipping a run it holds
    /// completed); absolute, on shared storage.
    public var historyPath: String
    /// `#SBATCH --job-name`; the merge job appends `-merge`.
    public var jobName: String
    /// `#SBATCH --time` per array task, `D-HH:MM:SS` or `HH:MM:SS`.
    public var timeLimit: String
    /// `#SBATCH --cpus-per-task`.
    public var cpusPerTask: Int
    /// `#SBATCH --mem` per task, e.g. `2G`; nil leaves the cluster default.
    public var memory: String?
    /// `#SBATCH --partition`; nil leaves the cluster default.
    public var partition: String?
    /// `#SBATCH --account`; nil leaves the user's default.
    public var account: String?
    /// At most this many array tasks at once (`--array=0-N%LIMIT`); nil for no limit.
    public var maxConcurrent: Int?
    /// Further `courant run` options every task gets, e.g. `--abandon-hopeless 0.05`.
    public var runArguments: [String] = []

    /// Options with the defaults: 1 h, 1 CPU, cluster-default memory and partition.
    public init(
        executable: String, historyPath: String, jobName: String = "courant-sweep",
        timeLimit: String = "01:00:00", cpusPerTask: Int = 1, memory: String? = nil,
        partition: String? = nil, account: String? = nil, maxConcurrent: Int? = nil
    ) {
        self.executable = executable
        self.historyPath = historyPath
        self.jobName = jobName
        self.timeLimit = timeLimit
        self.cpusPerTask = max(1, cpusPerTask)
        self.memory = memory
        self.partition = partition
        self.account = account
        self.maxConcurrent = maxConcurrent
    }
}
