import Foundation
import Testing

/// `courant --version` names the network kernels in use and why, the builds the CPU runs, and
/// the surrogate model commands use by default.
@Suite struct VersionTests {
    @Test func versionShowsTheKernelsForcedByCourantISA() throws {
        let folder = try ScratchFolder("version")
        defer { folder.remove() }
        let run = try CourantInvocation.run(
            ["--version"], in: folder.path,
            environment: ["COURANT_ISA": "portable", "COURANT_MODEL": nil])
        #expect(run.status == 0)
        let lines = run.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 4, "\(lines)")
        #expect(lines.first?.hasPrefix("courant ") == true)
        #expect(
            lines.dropFirst().first
                == "neural-network kernels: portable (x86-64 baseline, SSE2), forced by "
                + "COURANT_ISA=portable")
        #expect(lines.dropFirst(2).first?.hasPrefix("kernel builds this CPU runs: ") == true)
        #expect(
            lines.last
                == "surrogate model: \(CourantBinary.packageRoot)/models/convergence-v2.safetensors"
        )
        #expect(run.standardError.isEmpty)
    }

    @Test func anUnknownCourantISAIsSaidOnceAndTheBestBuildRuns() throws {
        let folder = try ScratchFolder("version-isa")
        defer { folder.remove() }
        let run = try CourantInvocation.run(
            ["--version"], in: folder.path, environment: ["COURANT_ISA": "sse9"])
        #expect(run.status == 0)
        #expect(run.errorLines.count == 1)
        #expect(
            run.errorLines.first?.hasPrefix(
                "courant: COURANT_ISA=sse9: not one of avx512, avx2, portable, auto; using ")
                == true, "\(run.errorLines)")
        #expect(run.standardOutput.contains("chosen from the CPU"))
    }
}
