import Foundation
import Testing

/// A Fluent-dialect journal of a steady case on a mesh Courant reads runs end to end through
/// `courant -i` and converges with the residual criteria and report definitions it sets; its
/// case and data files, read back with `rcd`, continue the converged solution.
@Suite struct FluentJournalRunTests {
    /// The residual columns of the table row printed for `iteration` in `output`.
    static func residuals(at iteration: Int, in output: String, count: Int) -> [Double]? {
        for line in output.split(separator: "\n") {
            let words = line.split(separator: " ")
            guard words.first == "\(iteration)", words.count > count else { continue }
            let values = words[1...count].compactMap { Double($0) }
            if values.count == count { return values }
        }
        return nil
    }

    /// The iteration the run said it converged at.
    static func convergedIteration(in output: String) -> Int? {
        let line = output.split(separator: "\n").first { $0.hasSuffix("solution is converged") }
        return line?.split(separator: " ").compactMap { Int($0) }.first
    }

    @Test func theFluentCylinderJournalConvergesAndItsDataFileContinuesIt() throws {
        guard isOptimisedBuild else {
            print("skipped: a 5k-cell case to convergence is for release builds")
            return
        }
        let folder = try ScratchFolder("fluent-cylinder")
        defer { folder.remove() }
        let journal = CourantBinary.packageRoot + "/cases/cylinder-2d1-fluent.jou"
        let result = try CourantInvocation.run(
            ["-i", journal, "--history", folder.file("h.db")], in: folder.path,
            environment: ["COURANT_MODEL": "none"], timeout: 300)
        let output = result.standardOutput
        #expect(result.status == 0, "\(output.suffix(2_000))\n\(result.standardError)")
        #expect(!output.contains("Error:"), "\(output)")
        // The journal's zone-first inlet and ids reached the case.
        #expect(output.contains("Read "), "\(output.prefix(1_000))")
        let converged = try #require(Self.convergedIteration(in: output), "\(output.suffix(2_000))")
        // The journal's criteria (1e-6, given one per line) decided: every residual is below.
        let last = try #require(Self.residuals(at: converged, in: output, count: 3))
        #expect(last.allSatisfy { $0 < 1e-6 }, "\(last)")
        // The journal's report definitions are columns of the table, and finite.
        let header = try #require(output.split(separator: "\n").first { $0.hasPrefix("  iter ") })
        #expect(header.contains("cd") && header.contains("cl"), "\(header)")
        let values = try #require(Self.residuals(at: converged, in: output, count: 5))
        #expect(values[3] > 1 && values[3] < 20, "cd \(values[3])")
        #expect(abs(values[4]) < 1, "cl \(values[4])")

        // `wcd` wrote the case and the solution beside it; `rcd` reads both and continues.
        #expect(FileManager.default.fileExists(atPath: folder.file("cylinder-2d1-fluent.cas")))
        #expect(FileManager.default.fileExists(atPath: folder.file("cylinder-2d1-fluent.dat")))
        try folder.write("rcd cylinder-2d1-fluent.cas\nit 20\nexit yes\n", to: "again.jou")
        let again = try CourantInvocation.run(
            ["-i", "again.jou", "--history", folder.file("h.db")], in: folder.path,
            environment: ["COURANT_MODEL": "none"], timeout: 300)
        #expect(again.status == 0, "\(again.standardOutput)\n\(again.standardError)")
        #expect(again.standardOutput.contains("Solution read (iteration \(converged))"))
        #expect(Self.convergedIteration(in: again.standardOutput) == converged + 1)
    }
}
