import Foundation
import Testing

/// The shipped surrogate model is found from the executable's place, whatever folder the user
/// runs in; `COURANT_MODEL` overrides it; a missing model is said once and the work goes on.
@Suite struct ShippedModelLookupTests {
    static let root = CourantBinary.packageRoot
    static let shipped = root + "/models/convergence-v2.safetensors"
    static let cavity = [
        "run", root + "/cases/lid-driven-cavity.jou", "--set", "cells=17", "--no-history",
    ]

    @Test func runInACaseFolderLoadsTheShippedModel() throws {
        let folder = try ScratchFolder("model-lookup")
        defer { folder.remove() }
        let run = try CourantInvocation.run(
            Self.cavity, in: folder.path, environment: ["COURANT_MODEL": nil])
        #expect(run.status == 0, "\(run.standardError)")
        let lines = run.standardOutput.split(separator: "\n")
        #expect(lines.contains("Surrogate: predicting convergence with \(Self.shipped)"))
        // A line every 100 iterations by default: one, at 100, before convergence at 111.
        #expect(lines.filter { $0.hasPrefix("surrogate: iteration ") }.count == 1)
    }

    @Test func courantModelNamesAnotherModel() throws {
        let folder = try ScratchFolder("model-env")
        defer { folder.remove() }
        let copy = folder.file("mine.safetensors")
        try FileManager.default.copyItem(atPath: Self.shipped, toPath: copy)
        let run = try CourantInvocation.run(
            Self.cavity, in: folder.path, environment: ["COURANT_MODEL": "mine.safetensors"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(
            run.standardOutput.split(separator: "\n").contains(
                "Surrogate: predicting convergence with mine.safetensors"))
    }

    /// The run converges as it would without the surrogate, after one line saying why there
    /// is none.
    @Test func aMissingModelIsSaidOnceAndTheRunGoesOn() throws {
        let folder = try ScratchFolder("model-missing")
        defer { folder.remove() }
        let missing = folder.file("gone.safetensors")
        let run = try CourantInvocation.run(
            Self.cavity, in: folder.path, environment: ["COURANT_MODEL": missing])
        #expect(run.status == 0, "\(run.standardError)")
        let output = run.standardOutput.split(separator: "\n")
        let said = output.filter { $0.localizedCaseInsensitiveContains("surrogate") }
        #expect(
            said == [
                "Surrogate: off: COURANT_MODEL=\(missing) is not a file or give --surrogate FILE"
            ])
        #expect(output.last == "!  110 solution is converged")
    }

    @Test func abandoningWithoutAModelIsRefusedInOneLine() throws {
        let folder = try ScratchFolder("model-abandon")
        defer { folder.remove() }
        let missing = folder.file("gone.safetensors")
        let run = try CourantInvocation.run(
            Self.cavity + ["--abandon-hopeless", "0.1"], in: folder.path,
            environment: ["COURANT_MODEL": missing])
        #expect(run.status == 1)
        #expect(
            run.errorLines == [
                "Error: --abandon-hopeless: needs a surrogate model: COURANT_MODEL=\(missing) "
                    + "is not a file"
            ])
    }

    /// `courant surrogate predict` uses the same rule for its default `--model`.
    @Test func surrogatePredictFindsTheShippedModelFromAnotherFolder() throws {
        let folder = try ScratchFolder("model-predict")
        defer { folder.remove() }
        let rows = (1...60).map { i in
            let r = pow(10, -0.05 * Double(i))
            return "\(i),\(r),\(r),\(r)"
        }
        try (["iteration,continuity,x-velocity,y-velocity"] + rows).joined(separator: "\n")
            .write(toFile: folder.file("residuals.csv"), atomically: true, encoding: .utf8)
        let predict = try CourantInvocation.run(
            ["surrogate", "predict", "--csv", "residuals.csv", "--criterion", "1e-5"],
            in: folder.path, environment: ["COURANT_MODEL": nil])
        #expect(predict.status == 0, "\(predict.standardError)")
        #expect(predict.standardOutput.hasPrefix("residuals.csv: 60 iterations observed"))

        let missing = folder.file("gone.safetensors")
        let refused = try CourantInvocation.run(
            ["surrogate", "predict", "--csv", "residuals.csv"], in: folder.path,
            environment: ["COURANT_MODEL": missing])
        #expect(refused.status == 1)
        #expect(
            refused.errorLines == [
                "Error: --model: no surrogate model: COURANT_MODEL=\(missing) is not a file or "
                    + "give --model FILE"
            ])
    }

    /// A sweep looks the model up once: without one it says so once, not once per run, and
    /// refuses `--abandon-hopeless` before any run starts.
    @Test func aSweepWithoutAModelSaysSoOnce() throws {
        let folder = try ScratchFolder("model-batch")
        defer { folder.remove() }
        try folder.write(
            """
            journal \(Self.root)/cases/lid-driven-cavity.jou
            parameter cells 9
            parameter Re 100 400
            parameter iterations 5

            """, to: "tiny.sweep")
        let missing = folder.file("gone.safetensors")
        let environment = ["COURANT_MODEL": missing]
        let refused = try CourantInvocation.run(
            ["batch", "tiny.sweep", "--history", "h.db", "--abandon-hopeless", "0.1"],
            in: folder.path, environment: environment)
        #expect(refused.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.file("h.db")))
        let batch = try CourantInvocation.run(
            ["batch", "tiny.sweep", "--history", "h.db", "--jobs", "1"], in: folder.path,
            environment: environment)
        #expect(batch.status == 0, "\(batch.standardError)")
        let said = batch.errorLines.filter { $0.contains("Surrogate") }
        #expect(said == ["Surrogate: off for every run: COURANT_MODEL=\(missing) is not a file"])
        let logs = try FileManager.default.contentsOfDirectory(atPath: folder.file("tiny-runs"))
            .filter { $0.hasSuffix(".log") }
        #expect(logs.count == 2)
        for log in logs {
            let text = try String(contentsOfFile: folder.file("tiny-runs/" + log), encoding: .utf8)
            #expect(!text.localizedCaseInsensitiveContains("surrogate"), "\(log): \(text)")
        }
    }
}
