import Foundation
import Testing

/// The CI step for CPUs without AVX-512: the release binary, and a chosen subset of the test
/// suite, run under `qemu-x86_64` emulating Intel Haswell (AVX2 + FMA: the AVX2 kernel build)
/// and Nehalem (SSE4.2, no AVX: the portable build). Programs the emulated tests start (the
/// end-to-end cases' `courant`) run emulated too, through a wrapper named by COURANT_BINARY.
/// Skipped, with the reason, where qemu-user is not installed (`scripts/setup` installs it),
/// off x86-64, and in debug builds (emulation is slow enough in release).
@Suite struct EmulatedCPUTests {
    static let cpus = [EmulatedCPU.haswell, .nehalem]

    /// The tests run under emulation: every NeuralNet kernel, layer-gradient and model-file
    /// test, the Surrogate tests, the live surrogate and its menu, and the end-to-end model
    /// lookup and version cases. Left out, measured under Nehalem emulation: the training
    /// runs that learn (TrainingTests' decay-rate fit, 150 s; ModelTests' held-out family and
    /// fine-tuning, over 200 s), which use the same kernels as the tests kept.
    static let subset = [
        "NeuralNetTests\\.(GEMMTests|Conv1dReferenceTests|KernelBuildAgreementTests)/",
        "NeuralNetTests\\.(X86FeaturesTests|KernelSelectionTests|ModelFileTests)/",
        "NeuralNetTests\\.(NetworkGradientTests|LayerGradientTests|LossGradientTests)/",
        "NeuralNetTests\\.OptimiserTests/",
        "NeuralNetTests\\.TrainingTests/seededTrainingIsBitForBitReproducible",
        "SurrogateTests\\.(BaselineTests|DatasetTests|FamiliarityTests|FeatureAndWeightTests)/",
        "SurrogateTests\\.(FewRunTrainingTests|MetricsTests|ModelProvenanceTests)/",
        "SurrogateTests\\.(RunIdentityTests|LimitSplitTests)/",
        "SurrogateTests\\.ModelTests/(objectiveGradient|tooFewRuns|modelFileRoundTrips)",
        "CourantTests\\.(LiveSurrogateTests|SurrogateMenuTests)/",
        "EndToEndTests\\.(ShippedModelLookupTests|VersionTests)/",
    ].joined(separator: "|")

    /// qemu-x86_64, or the test cancelled with the reason there is none.
    static func emulator() throws -> String {
        #if !arch(x86_64)
            try Test.cancel("not an x86-64 build")
        #endif
        guard CourantBinary.isReleaseBuild else {
            try Test.cancel("debug build: emulation runs only in release (swift test -c release)")
        }
        guard let emulator = EmulatedCPU.emulator() else {
            try Test.cancel("qemu-x86_64 is not installed (Debian qemu-user; scripts/setup)")
        }
        return emulator
    }

    /// The README's first command at 17² cells converges with the surrogate's lines, run from
    /// the checkout and from another folder, with the kernel build the CPU can run.
    @Test(arguments: cpus)
    func theCavityConvergesWithTheSurrogate(cpu: EmulatedCPU) throws {
        let emulator = try Self.emulator()
        let folder = try ScratchFolder("emulated-\(cpu.model)")
        defer { folder.remove() }
        let courant = try cpu.wrapper(
            running: try CourantBinary.path(), emulator: emulator, in: folder, name: "courant")
        let version = try CourantInvocation.run(
            ["--version"], in: folder.path, environment: ["COURANT_ISA": nil],
            executable: courant)
        #expect(version.status == 0)
        #expect(version.standardOutput.split(separator: "\n").dropFirst().first == "\(cpu.kernels)")
        let root = CourantBinary.packageRoot
        for directory in [root, folder.path] {
            let run = try CourantInvocation.run(
                [
                    "run", root + "/cases/lid-driven-cavity.jou", "--set", "cells=17",
                    "--no-history",
                ], in: directory, environment: ["COURANT_MODEL": nil, "COURANT_ISA": nil],
                executable: courant, captures: folder.path, timeout: 300)
            #expect(run.status == 0, "\(cpu) in \(directory): \(run.standardError)")
            let lines = run.standardOutput.split(separator: "\n")
            #expect(
                lines.contains(
                    "Surrogate: predicting convergence with \(root)/models/convergence-v2.safetensors"
                ))
            // A line every 100 iterations by default: one, at 100, before convergence at 110.
            #expect(lines.filter { $0.hasPrefix("surrogate: iteration ") }.count == 1)
            #expect(lines.last == "!  110 solution is converged")
        }
    }

    /// The subset of the test suite passes on the emulated CPU.
    @Test(arguments: cpus)
    func theKernelAndSurrogateTestsPass(cpu: EmulatedCPU) throws {
        let emulator = try Self.emulator()
        let bundle = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        guard bundle.hasSuffix(".xctest") else {
            try Test.cancel("not run from the test bundle (\(bundle))")
        }
        let folder = try ScratchFolder("emulated-tests-\(cpu.model)")
        defer { folder.remove() }
        let courant = try cpu.wrapper(
            running: try CourantBinary.path(), emulator: emulator, in: folder, name: "courant")
        let started = Date()
        let tests = try CourantInvocation.run(
            [
                "-cpu", cpu.cpuArgument, bundle, "--testing-library", "swift-testing",
                "--filter", Self.subset,
            ], in: folder.path,
            environment: ["COURANT_BINARY": courant, "COURANT_ISA": nil, "COURANT_MODEL": nil],
            executable: emulator, timeout: 1200)
        let output = tests.standardOutput + tests.standardError
        let summary = output.split(separator: "\n").last { $0.contains("Test run with") }
        print(
            "\(cpu) emulation: \(summary ?? "no summary") (\(Int(-started.timeIntervalSinceNow)) s)"
        )
        #expect(tests.status == 0, "\(output.suffix(3000))")
        // The subset ran whole: 97 tests in 25 suites when it was chosen.
        let count = summary.flatMap { $0.firstMatch(of: /with (\d+) tests? in (\d+) suites?/) }
        #expect((count.flatMap { Int($0.1) } ?? 0) >= 97, "\(summary ?? "")")
    }
}
