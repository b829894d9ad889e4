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
}
