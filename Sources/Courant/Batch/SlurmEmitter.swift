import Foundation

/// Writes a sweep as Slurm jobs into a folder:
///
/// - `sweep.sbatch`: a job array, one task per run to do (task i = sweep run i), each running
///   `courant run` with its own shard history `shards/run-i.db` and summary
///   `summaries/run-i.json`, console appended to `logs/run-i.log`. A task whose run is already
///   completed in its shard or in the merged history does not run it again, so resubmitting
///   the array re-runs only what did not complete. SIGTERM (`scancel`, the time limit) and
///   SIGUSR1 (`--signal=B:USR1@SECONDS`) stop a run after its current iteration, committed and
///   marked `interrupted` (exit 143).
/// - `merge.sbatch`: `courant history merge shards/run-*.db --into HISTORY --writers-ended`.
/// - `submit.sh [SBATCH OPTIONS]`: submits the array (with those options, e.g. a longer
///   `--time` for a resubmission), then the merge with `--dependency=afterany:ARRAY` so it runs
///   once every task has ended, however they ended.
///
/// Shards avoid many nodes writing one SQLite file over a network file system (where file
/// locking cannot be trusted); tasks only read the merged history, and merge skips runs it
/// already has (updating those whose shard has moved on), so re-running it is harmless.
public enum SlurmEmitter {
    /// Writes the three scripts (and the `shards`, `summaries`, `logs` folders) into
    /// `directory`, which is made absolute, with tasks for `runs` (default: every run of the
    /// plan); returns the paths of the scripts written.
    @discardableResult
    public static func write(
        _ plan: SweepPlan, runs: [SweepRun]? = nil, options: SlurmOptions, directory: String
    ) throws -> [String] {
        let folder = URL(fileURLWithPath: directory).standardizedFileURL.path
        for sub in ["shards", "summaries", "logs"] {
            try FileManager.default.createDirectory(
                atPath: "\(folder)/\(sub)", withIntermediateDirectories: true)
        }
        let scripts = [
            (
                "sweep.sbatch",
                arrayScript(plan, runs: runs ?? plan.runs, options: options, directory: folder)
            ),
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

    /// The job-array script, with one task for each of `runs` (its sweep index).
    public static func arrayScript(
        _ plan: SweepPlan, runs: [SweepRun]? = nil, options: SlurmOptions, directory: String
    ) -> String {
        let runs = runs ?? plan.runs
        let throttle = options.maxConcurrent.map { "%\($0)" } ?? ""
        var lines = [
            "#!/bin/bash",
            "# Courant sweep of \(plan.caseName): \(runs.count) of its \(plan.runs.count) runs, "
                + "one array task each (task N is sweep run N).",
            "# Each task logs to its own shard history, shards/run-N.db, and does not run again a",
            "# run that its shard or the merged history holds completed: submit.sh again re-runs",
            "# only the runs that did not complete. scancel, the time limit (SIGTERM) and",
            "# --signal=B:USR1@SECONDS stop a run after its current iteration, committed and",
            "# marked interrupted (exit 143). merge.sbatch merges the shards into the history.",
        ]
        lines += sharedPathsNote(plan, options: options, directory: directory)
        lines += header(options, jobName: options.jobName, time: options.timeLimit)
        lines += [
            "#SBATCH --array=\(arrayIndices(runs.map(\.index)))\(throttle)",
            "#SBATCH --output=\(directory)/logs/run-%a.log",
            "#SBATCH --open-mode=append",
            "set -u",
            "COURANT=\(quote(options.executable))",
            "JOURNAL=\(quote(plan.journalPath))",
            "DIR=\(quote(directory))",
            "HISTORY=\(quote(options.historyPath))",
            "TASK=\"${SLURM_ARRAY_TASK_ID:?submit with sbatch: SLURM_ARRAY_TASK_ID is unset}\"",
            "case \"$TASK\" in",
        ]
        for run in runs {
            lines.append(
                "    \(run.index)) SETS=(\(run.setArguments.map(quote).joined(separator: " "))) ;;")
        }
        let extra = options.runArguments.map { " " + quote($0) }.joined()
        lines += [
            "    *) echo \"courant sweep: no run for array task $TASK\" >&2; exit 1 ;;",
            "esac",
            "SHARD=\"$DIR/shards/run-$TASK.db\"",
            "echo \"courant sweep: task $TASK on $(hostname), job ${SLURM_JOB_ID:-?}, $(date)\"",
            "exec \"$COURANT\" run \"$JOURNAL\" ${SETS[@]+\"${SETS[@]}\"} --history \"$SHARD\" "
                + "--skip-if-completed-in \"$SHARD\" --skip-if-completed-in \"$HISTORY\" "
                + "--quiet --summary \"$DIR/summaries/run-$TASK.json\"\(extra)",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The merge script.
    public static func mergeScript(_ plan: SweepPlan, options: SlurmOptions, directory: String)
        -> String
    {
        var lines = [
            "#!/bin/bash",
            "# Merges the shard histories of the \(plan.caseName) sweep into one history. It runs",
            "# after every task of the array has ended (submit.sh), so a run a shard still says is",
            "# running was killed: it is merged as interrupted (--writers-ended). Running it again",
            "# adds nothing twice and updates the runs whose shard has moved on since.",
        ]
        lines += header(options, jobName: options.jobName + "-merge", time: "00:30:00")
        lines += [
            "#SBATCH --output=\(directory)/logs/merge.log",
            "#SBATCH --open-mode=append",
            "set -euo pipefail",
            "shopt -s nullglob",
            "COURANT=\(quote(options.executable))",
            "DIR=\(quote(directory))",
            "SHARDS=(\"$DIR\"/shards/run-*.db)",
            "if [ ${#SHARDS[@]} -eq 0 ]; then",
            "    echo \"courant sweep: no shard histories in $DIR/shards\" >&2",
            "    exit 1",
            "fi",
            "exec \"$COURANT\" history merge \"${SHARDS[@]}\" --into \(quote(options.historyPath))"
                + " --writers-ended",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The submission script: the array (with this script's arguments as further sbatch
    /// options), then the merge once the array has ended.
    public static func submitScript() -> String {
        """
        #!/bin/bash
        # Submits the sweep's job array, then the merge to run after every task has ended.
        # Options given to this script go to the array's sbatch and override its #SBATCH
        # lines, e.g. ./submit.sh --time=02:00:00 to give a resubmission more time.
        set -euo pipefail
        cd "$(dirname "$0")"
        ARRAY_JOB=$(sbatch --parsable "$@" sweep.sbatch)
        ARRAY_JOB=${ARRAY_JOB%%;*}
        MERGE_JOB=$(sbatch --parsable --dependency=afterany:"$ARRAY_JOB" merge.sbatch)
        echo "submitted sweep array $ARRAY_JOB and merge job ${MERGE_JOB%%;*}"

        """
    }

    /// Sweep indices as a Slurm `--array` list: ascending, consecutive runs as ranges
    /// (`[0, 1, 2, 5, 7, 8]` → `0-2,5,7-8`).
    public static func arrayIndices(_ indices: [Int]) -> String {
        var ranges: [(first: Int, last: Int)] = []
        for index in indices.sorted() {
            if let last = ranges.last, index == last.last + 1 {
                ranges[ranges.count - 1].last = index
            } else {
                ranges.append((index, index))
            }
        }
        return ranges.map { $0.first == $0.last ? "\($0.first)" : "\($0.first)-\($0.last)" }
            .joined(separator: ",")
    }

    /// The header lines naming what every compute node must see.
    private static func sharedPathsNote(
        _ plan: SweepPlan, options: SlurmOptions, directory: String
    ) -> [String] {
        [
            "# Every compute node must see these paths (a shared filesystem, not /tmp):",
            "#   courant  \(options.executable)",
            "#            (its surrogate model is the one it finds on the node: $COURANT_MODEL,",
            "#            else beside the executable)",
            "#   journal  \(plan.journalPath)",
            "#   folder   \(directory) (shards, summaries, logs)",
            "#   history  \(options.historyPath) (read by each task, written by the merge)",
        ]
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
