import Courant
import Foundation
import Testing

/// `courant batch SWEEP --emit slurm DIR`: the job array, merge and submit scripts are written,
/// are valid bash, hold one array task per sweep run, and nothing is run here.
@Suite struct BatchSlurmTests {
    @Test func emitWritesValidScriptsWithOneTaskPerRunAndRunsNothing() throws {
        let folder = try ScratchFolder("slurm")
        defer { folder.remove() }
        let sweep = try folder.write(SmallSweep.sweepText, to: "small.sweep")
        let emit = try CourantInvocation.run(
            [
                "batch", sweep, "--emit", "slurm", "cluster", "--time", "00:20:00", "--cpus", "2",
                "--mem", "1G", "--partition", "short", "--account", "cfd", "--history",
                "shared.db",
            ], in: folder.path)
        #expect(emit.status == 0, "stderr: \(emit.standardError)")
        let array = try String(contentsOfFile: folder.file("cluster/sweep.sbatch"), encoding: .utf8)
        for line in [
            "#SBATCH --array=0-\(SmallSweep.runCount - 1)", "#SBATCH --time=00:20:00",
            "#SBATCH --cpus-per-task=2", "#SBATCH --mem=1G", "#SBATCH --partition=short",
            "#SBATCH --account=cfd",
        ] {
            #expect(array.contains(line + "\n"), "missing \(line)")
        }
        #expect(array.contains("'--set' 'cells=13' '--set' 'Re=400' '--set' 'iterations=25'"))
        let merge = try String(contentsOfFile: folder.file("cluster/merge.sbatch"), encoding: .utf8)
        #expect(merge.contains("--into '\(folder.path)/shared.db'"))
        for script in ["sweep.sbatch", "merge.sbatch", "submit.sh"] {
            let check = Process()
            check.executableURL = URL(fileURLWithPath: "/bin/bash")
            check.arguments = ["-n", folder.file("cluster/\(script)")]
            try check.run()
            check.waitUntilExit()
            #expect(check.terminationStatus == 0, "bash -n \(script)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.file("shared.db")))
        #expect(!FileManager.default.fileExists(atPath: folder.file("small-runs")))
    }

    /// Options that would not reach the tasks are refused, before anything is written: local
    /// ones with `--emit`, Slurm ones without it.
    @Test func optionsThatWouldBeDroppedAreRefused() throws {
        let folder = try ScratchFolder("slurm-refusals")
        defer { folder.remove() }
        let sweep = try folder.write(SmallSweep.sweepText, to: "small.sweep")
        for (arguments, message) in [
            (["--emit", "slurm", "cluster", "--jobs", "2"], "--jobs runs locally"),
            (["--emit", "slurm", "cluster", "--output", "runs"], "--output is for local runs"),
            (["--time", "00:10:00"], "--time is a Slurm option"),
            (["--max-concurrent", "4"], "--max-concurrent is a Slurm option"),
            (["--emit", "slurm", "cluster", "--abandon-hopeless", "5"], "probability in (0, 1)"),
        ] {
            let result = try CourantInvocation.run(["batch", sweep] + arguments, in: folder.path)
            #expect(result.status != 0, "\(arguments)")
            #expect(
                result.errorLines.first?.hasPrefix("Error: ") == true
                    && result.errorLines.first?.contains(message) == true,
                "\(arguments): \(result.errorLines)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.file("cluster")))
        #expect(!FileManager.default.fileExists(atPath: folder.file("runs")))
    }

    /// `--abandon-hopeless` reaches every task; a folder under /tmp is warned about, since a
    /// compute node would not see it; the header names the paths that must be shared.
    @Test func abandonHopelessReachesEveryTaskAndNodeLocalPathsAreWarned() throws {
        let folder = try ScratchFolder("slurm-options")
        defer { folder.remove() }
        let sweep = try folder.write(SmallSweep.sweepText, to: "small.sweep")
        let emit = try CourantInvocation.run(
            [
                "batch", sweep, "--emit", "slurm", "cluster", "--abandon-hopeless", "0.05",
                "--history", "h.db",
            ], in: folder.path)
        #expect(emit.status == 0, "stderr: \(emit.standardError)")
        let script = try String(
            contentsOfFile: folder.file("cluster/sweep.sbatch"), encoding: .utf8)
        let exec = try #require(script.split(separator: "\n").last { $0.hasPrefix("exec ") })
        #expect(exec.hasSuffix(" '--abandon-hopeless' '0.05'"))
        #expect(script.contains("#   folder   \(folder.file("cluster")) (shards"))
        #expect(script.contains("#   history  \(folder.file("h.db")) (read by each task"))
        if let local = NodeLocalPath.folder(holding: folder.path) {
            #expect(
                emit.standardError.contains(
                    "Warning: the output folder \(folder.file("cluster")) is under \(local)"))
        }
    }

    /// Emitting against a history skips the runs it holds completed, as a local batch does;
    /// against a complete one it writes nothing.
    @Test func emitWritesTasksOnlyForRunsTheHistoryLacks() throws {
        let folder = try ScratchFolder("slurm-skip")
        defer { folder.remove() }
        let sweep = try folder.write(SmallSweep.sweepText, to: "small.sweep")
        let history = folder.file("h.db")
        // Sweep run 0 (cells=9, Re=100), run by hand.
        let single = try CourantInvocation.run(
            [
                "run", "\(CourantBinary.packageRoot)/cases/lid-driven-cavity.jou", "--set",
                "cells=9", "--set", "Re=100", "--set", "iterations=25", "--history", history,
                "--quiet",
            ], in: folder.path)
        #expect(single.status == 3, "stderr: \(single.standardError)")
        let arguments = ["batch", sweep, "--emit", "slurm", "cluster", "--history", history]
        let partial = try CourantInvocation.run(arguments, in: folder.path)
        #expect(partial.standardOutput.contains("wrote 3 of 4 runs as a Slurm job array (1 "))
        let script = try String(
            contentsOfFile: folder.file("cluster/sweep.sbatch"), encoding: .utf8)
        #expect(script.contains("#SBATCH --array=1-3\n"))
        #expect(!script.contains("    0) SETS="))
        let rest = try CourantInvocation.run(
            ["batch", sweep, "--history", history, "--output", folder.file("runs")],
            in: folder.path)
        #expect(rest.status == 0, "stderr: \(rest.standardError)")
        let complete = try CourantInvocation.run(arguments, in: folder.path)
        #expect(complete.status == 0)
        #expect(complete.standardOutput.contains("all 4 runs of the sweep are completed in"))
    }
}
