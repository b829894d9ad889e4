import Foundation

/// Writes a sweep as Slurm jobs into a folder:
///
/// - `sweep.sbatch`: a job array, one task per run (task i = sweep run i), each running
///   `courant run` with its own shard history `shards/run-i.db` and summary
///   `summaries/run-i.json`, console to `logs/run-i.log`;
/// - `merge.sbatch`: `courant history merge shards/run-*.db --into HISTORY`;
/// - `submit.sh`: submits the array, then the merge with `--dependency=afterany:ARRAY` so it
///   runs once every task has ended, however they ended.
///
/// Shards avoid many nodes writing one SQLite file over a network file system (where file
/// locking cannot be trusted); merge skips duplicates, so re-running it is harmless.
public enum SlurmEmitter {
    /// Writes the three scripts (and the `shards`, `summaries`, `logs` folders) into
    /// `directory`, which is made absolute; returns the paths of the scripts written.
    @discardableResult
    public static func write(_ plan: SweepPlan, options: SlurmOptions, directory: String) throws
        -> [String]
    {
        let folder = URL(fileURLWithPath: directory).standardizedFileURL.path
        for sub in ["shards", "summaries", "logs"] {
            try FileManager.default.createDirectory(
                atPath: "\(folder)/\(sub)", withIntermediateDirectories: true)
        }
        let scripts = [
            ("sweep.sbatch", arrayScript(plan, options: options, directory: folder)),
            ("merge.sbatch", mergeScript(plan, options: options, directory: folder)),
            ("submit.sh", submitScript()),
        ]
        return try scripts.map { name, text in
            let path = "\(folder)/\(name)"
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
            return path
        }
    }

    /// The job-array script.
    public static func arrayScript(_ plan: SweepPlan, options: SlurmOptions, directory: String)
        -> String
    {
        let last = max(0, plan.runs.count - 1)
        let throttle = options.maxConcurrent.map { "%\($0)" } ?? ""
        var lines = [
            "#!/bin/bash",
            "# Courant sweep of \(plan.caseName): \(plan.runs.count) runs, one array task each.",
            "# Each task logs to its own shard history; merge.sbatch merges them afterwards.",
        ]
        lines += header(options, jobName: options.jobName, time: options.timeLimit)
        lines += [
            "#SBATCH --array=0-\(last)\(throttle)",
            "#SBATCH --output=\(directory)/logs/run-%a.log",
            "set -u",
            "COURANT=\(quote(options.executable))",
            "JOURNAL=\(quote(plan.journalPath))",
            "DIR=\(quote(directory))",
            "TASK=\"${SLURM_ARRAY_TASK_ID:?submit with sbatch: SLURM_ARRAY_TASK_ID is unset}\"",
            "case \"$TASK\" in",
        ]
        for run in plan.runs {
            lines.append(
                "    \(run.index)) SETS=(\(run.setArguments.map(quote).joined(separator: " "))) ;;")
        }
        lines += [
            "    *) echo \"courant sweep: no run for array task $TASK\" >&2; exit 1 ;;",
            "esac",
            "exec \"$COURANT\" run \"$JOURNAL\" ${SETS[@]+\"${SETS[@]}\"} "
                + "--history \"$DIR/shards/run-$TASK.db\" --quiet "
                + "--summary \"$DIR/summaries/run-$TASK.json\"",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The merge script.
    public static func mergeScript(_ plan: SweepPlan, options: SlurmOptions, directory: String)
        -> String
    {
        var lines = [
            "#!/bin/bash",
            "# Merges the shard histories of the \(plan.caseName) sweep into one history.",
        ]
        lines += header(options, jobName: options.jobName + "-merge", time: "00:30:00")
        lines += [
            "#SBATCH --output=\(directory)/logs/merge.log",
            "set -euo pipefail",
            "shopt -s nullglob",
            "COURANT=\(quote(options.executable))",
            "DIR=\(quote(directory))",
            "SHARDS=(\"$DIR\"/shards/run-*.db)",
            "if [ ${#SHARDS[@]} -eq 0 ]; then",
            "    echo \"courant sweep: no shard histories in $DIR/shards\" >&2",
            "    exit 1",
            "fi",
            "exec \"$COURANT\" history merge \"${SHARDS[@]}\" --into \(quote(options.historyPath))",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The submission script: the array, then the merge once the array has ended.
    public static func submitScript() -> String {
        """
        #!/bin/bash
        # Submits the sweep's job array, then the merge to run after every task has ended.
        set -euo pipefail
        cd "$(dirname "$0")"
        ARRAY_JOB=$(sbatch --parsable sweep.sbatch)
        ARRAY_JOB=${ARRAY_JOB%%;*}
        MERGE_JOB=$(sbatch --parsable --dependency=afterany:"$ARRAY_JOB" merge.sbatch)
        echo "submitted sweep array $ARRAY_JOB and merge job ${MERGE_JOB%%;*}"

        """
    }

    private static func header(_ options: SlurmOptions, jobName: String, time: String) -> [String] {
        var lines = [
            "#SBATCH --job-name=\(jobName)",
            "#SBATCH --time=\(time)",
            "#SBATCH --cpus-per-task=\(options.cpusPerTask)",
            "#SBATCH --ntasks=1",
        ]
        if let memory = options.memory { lines.append("#SBATCH --mem=\(memory)") }
        if let partition = options.partition { lines.append("#SBATCH --partition=\(partition)") }
        if let account = options.account { lines.append("#SBATCH --account=\(account)") }
        return lines
    }

    /// `text` single-quoted for bash (`'` written as `'\''`).
    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
