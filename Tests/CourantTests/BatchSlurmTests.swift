import Courant
import Foundation
import RunHistory
import Testing

@Suite struct BatchSlurmTests {
    private func emit(_ scratch: BatchScratch, executable: String) throws -> SweepPlan {
        let plan = try scratch.sweep(
            "journal cases/cavity.jou\nparameter Re 100 400 1000\nparameter cells 33 65\n"
        ).plan(declaredParameters: BatchScratch.declared)
        let options = SlurmOptions(
            executable: executable, historyPath: scratch.file("merged.db"), jobName: "cavity-re",
            timeLimit: "02:30:00", cpusPerTask: 1, memory: "2G", partition: "short",
            maxConcurrent: 4)
        try SlurmEmitter.write(plan, options: options, directory: scratch.file("slurm"))
        return plan
    }

    @Test func arrayScriptHasOneTaskPerRunAndTheRequestedResources() throws {
        let scratch = try BatchScratch()
        defer { scratch.remove() }
        _ = try emit(scratch, executable: "/opt/courant/bin/courant")
        let script = try String(contentsOfFile: scratch.file("slurm/sweep.sbatch"), encoding: .utf8)
        for line in [
            "#SBATCH --array=0-5%4", "#SBATCH --time=02:30:00", "#SBATCH --mem=2G",
            "#SBATCH --partition=short", "#SBATCH --job-name=cavity-re",
            "#SBATCH --cpus-per-task=1",
            "    4) SETS=('--set' 'Re=1000' '--set' 'cells=33') ;;",
        ] {
            #expect(script.contains(line + "\n"), "\(line)")
        }
        let merge = try String(contentsOfFile: scratch.file("slurm/merge.sbatch"), encoding: .utf8)
        #expect(merge.contains("#SBATCH --job-name=cavity-re-merge\n"))
        let submit = try String(contentsOfFile: scratch.file("slurm/submit.sh"), encoding: .utf8)
        #expect(submit.contains("--dependency=afterany:\"$ARRAY_JOB\" merge.sbatch"))
    }

    /// Runs the emitted scripts with bash as Slurm would (one `SLURM_ARRAY_TASK_ID` per task),
    /// with `/bin/echo` as the executable to capture each task's command line; each run is then
    /// logged into the shard its task names (as `courant run` would), and the merge the merge
    /// script names gathers all six runs into one history that a resumed sweep finds complete.
    @Test func shardsWrittenPerTaskMergeIntoOneCompleteHistory() throws {
        let scratch = try BatchScratch()
        defer { scratch.remove() }
        let plan = try emit(scratch, executable: "/bin/echo")
        let sweepScript = scratch.file("slurm/sweep.sbatch")
        for run in plan.runs {
            let task = try runProcess(
                "/bin/bash", [sweepScript], environment: ["SLURM_ARRAY_TASK_ID": "\(run.index)"])
            #expect(task.status == 0)
            let lines = task.output.split(separator: "\n")
            #expect(lines.first?.hasPrefix("courant sweep: task \(run.index) on ") == true)
            let words = (lines.last ?? "").split(separator: " ").map(String.init)
            let shard = scratch.file("slurm/shards/run-\(run.index).db")
            #expect(
                words == ["run", plan.journalPath] + run.setArguments + [
                    "--history", shard, "--skip-if-completed-in", shard,
                    "--skip-if-completed-in", scratch.file("merged.db"), "--quiet", "--summary",
                    scratch.file("slurm/summaries/run-\(run.index).json"),
                ])
            try logShard(at: shard, plan: plan, run: run)
        }
        let outOfRange = try runProcess(
            "/bin/bash", [sweepScript], environment: ["SLURM_ARRAY_TASK_ID": "6"])
        #expect(outOfRange.status == 1)
        let outsideSlurm = try runProcess("/bin/bash", [sweepScript])
        #expect(outsideSlurm.status != 0 && outsideSlurm.output.isEmpty)

        let merge = try runProcess("/bin/bash", [scratch.file("slurm/merge.sbatch")])
        #expect(merge.status == 0)
        let words = merge.output.trimmingCharacters(in: .newlines).split(separator: " ").map(
            String.init)
        let into = try #require(words.firstIndex(of: "--into"))
        #expect(Array(words.prefix(2)) == ["history", "merge"])
        #expect(words.last == "--writers-ended")
        let shards = Array(words[2..<into])
        #expect(shards.count == 6)
        let summary = try HistoryMerge.merge(sources: shards, into: words[into + 1])
        #expect(summary.copied == 6 && summary.duplicates == 0)

        let merged = try HistoryDatabase(path: scratch.file("merged.db"))
        #expect(try merged.integrityCheck() == "ok")
        for run in plan.runs {
            let found = try #require(
                try merged.completedRun(caseHash: plan.caseHash, parameters: run.parameters))
            #expect(found.iterations == 20 + run.index)
            #expect(
                try merged.iterations(runID: found.id).last?.residuals.first?.scaled == 1
                    / Double(20 + run.index))
        }
    }

    /// Logs `20 + index` iterations of `run` into the shard database at `path`.
    private func logShard(at path: String, plan: SweepPlan, run: SweepRun) throws {
        let history = try HistoryDatabase(path: path)
        let logger = try history.beginRun(
            RunDescription(
                caseName: plan.caseName, journal: BatchScratch.journalText,
                parameters: run.parameters, courantVersion: "test"))
        for iteration in 1...(20 + run.index) {
            try logger.append(
                IterationSample(
                    iteration: iteration,
                    residuals: [
                        ResidualSample(
                            equation: "continuity", unscaled: 1, scaled: 1 / Double(iteration),
                            normalised: 1)
                    ]))
        }
        try logger.finish(status: .converged, convergedAt: 20 + run.index)
    }

    @Test func arrayIndicesListConsecutiveRunsAsRanges() {
        #expect(SlurmEmitter.arrayIndices([0, 1, 2, 3, 4, 5]) == "0-5")
        #expect(SlurmEmitter.arrayIndices([7, 0, 1, 2, 5, 8]) == "0-2,5,7-8")
        #expect(SlurmEmitter.arrayIndices([3]) == "3")
    }

    /// A sweep emitted again after some runs completed (in the merged history, or in a shard
    /// not yet merged) gets tasks for the rest only; every option for the runs reaches them.
    @Test func onlyRunsNotCompletedGetTasksAndEveryTaskGetsTheRunOptions() throws {
        let scratch = try BatchScratch()
        defer { scratch.remove() }
        let plan = try scratch.sweep(
            "journal cases/cavity.jou\nparameter Re 100 400 1000\nparameter cells 33 65\n"
        ).plan(declaredParameters: BatchScratch.declared)
        try FileManager.default.createDirectory(
            atPath: scratch.file("slurm/shards"), withIntermediateDirectories: true)
        try logShard(at: scratch.file("merged.db"), plan: plan, run: plan.runs[0])
        try logShard(at: scratch.file("merged.db"), plan: plan, run: plan.runs[4])
        try logShard(at: scratch.file("slurm/shards/run-2.db"), plan: plan, run: plan.runs[2])
        // Started but never finished: not completed, so emitted again.
        _ = try HistoryDatabase(path: scratch.file("merged.db")).beginRun(
            RunDescription(
                caseName: plan.caseName, journal: BatchScratch.journalText,
                parameters: plan.runs[5].parameters, courantVersion: "test"))
        let pending = try plan.runsNotCompleted { run in
            [scratch.file("merged.db"), scratch.file("slurm/shards/run-\(run.index).db")]
        }
        #expect(pending.map(\.index) == [1, 3, 5])
        var options = SlurmOptions(
            executable: "/opt/courant/bin/courant", historyPath: scratch.file("merged.db"))
        options.runArguments = ["--abandon-hopeless", "0.05"]
        let script = SlurmEmitter.arrayScript(
            plan, runs: pending, options: options, directory: scratch.file("slurm"))
        #expect(script.contains("#SBATCH --array=1,3,5\n"))
        #expect(script.contains("# Courant sweep of cavity: 3 of its 6 runs"))
        for index in 0..<6 {
            #expect(script.contains("    \(index)) SETS=") == [1, 3, 5].contains(index))
        }
        let exec = try #require(script.split(separator: "\n").last)
        #expect(exec.hasSuffix("'--abandon-hopeless' '0.05'"))
    }

    @Test func foldersLocalToEachNodeAreRecognised() {
        #expect(NodeLocalPath.folder(holding: "/tmp/sweep/out") == "/tmp")
        #expect(NodeLocalPath.folder(holding: "/dev/shm") == "/dev/shm")
        #expect(NodeLocalPath.folder(holding: "/var/tmp/x.db") == "/var/tmp")
        #expect(NodeLocalPath.folder(holding: "/tmpdata/out") == nil)
        #expect(NodeLocalPath.folder(holding: "/home/cfd/sweep") == nil)
    }
}
