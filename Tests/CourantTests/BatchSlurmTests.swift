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
            let words = task.output.split(separator: " ").map {
                String($0).trimmingCharacters(in: .newlines)
            }
            let shard = scratch.file("slurm/shards/run-\(run.index).db")
            #expect(
                words == ["run", plan.journalPath] + run.setArguments + [
                    "--history", shard, "--quiet", "--summary",
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
}
