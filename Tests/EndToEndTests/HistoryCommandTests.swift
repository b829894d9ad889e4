import Foundation
import RunHistory
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

extension SmallSweepTests {
    /// `courant history list|show|export|plot|merge` on the history the small sweep left, driven as
    /// subprocesses; and databases that must be refused without being touched.
    @Suite struct HistoryCommandTests {
        /// `courant history ARGUMENTS... --history DB` in the sweep's folder; must exit 0.
        private func history(_ arguments: [String], on sweep: SmallSweep) throws
            -> CourantInvocation
        {
            let invocation = try CourantInvocation.run(
                ["history"] + arguments + ["--history", sweep.historyPath], in: sweep.folder.path)
            #expect(invocation.status == 0, "stderr: \(invocation.standardError)")
            return invocation
        }

        /// The sweep's run ids by parameter summary.
        private func runIDs(_ sweep: SmallSweep) throws -> [String: Int64] {
            let runs = try HistoryDatabase(path: sweep.historyPath).runs()
            return Dictionary(uniqueKeysWithValues: runs.map { ($0.parameterSummary, $0.id) })
        }

        @Test func listShowsEveryRunAndFiltersByParameterStatusAndCase() throws {
            let sweep = try SmallSweep.shared
            let all = try history(["list"], on: sweep).standardOutput.split(separator: "\n")
            #expect(all.count == 1 + SmallSweep.runCount)
            #expect(all.first?.hasPrefix("id  case") == true)
            let filtered = try history(
                ["list", "--parameter", "cells=13", "--parameter", "Re=400"], on: sweep
            )
            .standardOutput.split(separator: "\n")
            #expect(filtered.count == 2)
            #expect(filtered.last?.contains("Re=400 cells=13 iterations=25") == true)
            let converged = try history(["list", "--status", "converged"], on: sweep)
            #expect(converged.standardOutput.split(separator: "\n").count == 1)
            let byCase = try history(["list", "--case", "lid-driven-cavity"], on: sweep)
            #expect(byCase.standardOutput.split(separator: "\n").count == 1 + SmallSweep.runCount)
        }

        @Test func showGivesParametersOutcomeAndLastResiduals() throws {
            let sweep = try SmallSweep.shared
            let id = try #require(try runIDs(sweep)["Re=100 cells=9 iterations=25"])
            let text = try history(["show", String(id)], on: sweep).standardOutput
            #expect(
                text.hasPrefix("run \(id)  lid-driven-cavity  not-converged  (25 of 25 iterations)")
            )
            #expect(text.contains("parameters    Re=100 cells=9 iterations=25"))
            #expect(text.contains("residuals at iteration 25"))
            for equation in ["continuity", "x-velocity", "y-velocity"] {
                #expect(text.contains("    \(equation) "))
            }
        }

        @Test func csvExportHasOneRowPerIterationWithExactValues() throws {
            let sweep = try SmallSweep.shared
            let id = try #require(try runIDs(sweep)["Re=400 cells=13 iterations=25"])
            let csvPath = sweep.folder.file("run-\(id).csv")
            _ = try history(
                ["export", String(id), "--format", "csv", "--output", csvPath], on: sweep)
            let rows = try String(contentsOfFile: csvPath, encoding: .utf8).split(separator: "\n")
            #expect(rows.count == 1 + SmallSweep.iterationsPerRun)
            #expect(
                rows.first?.hasPrefix("iteration,continuity.unscaled,continuity.scaled,") == true)
            let samples = try HistoryDatabase(path: sweep.historyPath).iterations(runID: id)
            for (row, sample) in zip(rows.dropFirst(), samples) {
                let cells = row.split(separator: ",", omittingEmptySubsequences: false)
                #expect(Int(cells[0]) == sample.iteration)
                // Shortest round-trip text: the value read back is bit-identical (tolerance 0).
                #expect(Double(cells[2]) == sample.residuals.first?.scaled)
            }
        }

        @Test func jsonExportParsesWithEveryIteration() throws {
            let sweep = try SmallSweep.shared
            let id = try #require(try runIDs(sweep)["Re=100 cells=13 iterations=25"])
            let text = try history(["export", String(id), "--format", "json"], on: sweep)
                .standardOutput
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            let run = try #require(object["run"] as? [String: Any])
            #expect(run["status"] as? String == "not-converged")
            #expect((run["parameters"] as? [String: String])?["cells"] == "13")
            let iterations = try #require(object["iterations"] as? [[String: Any]])
            #expect(iterations.compactMap { $0["iteration"] as? Int } == Array(1...25))
        }

        @Test func plotOfOneRunIsSVGWithOneLinePerEquationAndTheCriterion() throws {
            let sweep = try SmallSweep.shared
            let id = try #require(try runIDs(sweep)["Re=100 cells=9 iterations=25"])
            let svgPath = sweep.folder.file("run-\(id).svg")
            _ = try history(["plot", String(id), "--output", svgPath], on: sweep)
            let svg = try SVGSummary(path: svgPath)
            #expect(svg.root == "svg")
            #expect(svg.text.contains { $0.contains("Residuals: run \(id) lid-driven-cavity") })
            for equation in ["continuity", "x-velocity", "y-velocity"] {
                #expect(svg.text.contains(equation))
            }
            // The journal's criteria are 1e-6 on all three equations: one shared dashed line.
            #expect(svg.text.contains("continuity, x-velocity, y-velocity < 1e-06"))
            #expect(svg.dashedLines >= 1)
            #expect(svg.polylines >= 3)
        }

        @Test func plotOfSeveralRunsComparesThemOnOneEquation() throws {
            let sweep = try SmallSweep.shared
            let ids = try runIDs(sweep).values.sorted()
            let svgPath = sweep.folder.file("compare.svg")
            _ = try history(
                ["plot"] + ids.map(String.init) + [
                    "--equation", "x-velocity", "--output", svgPath,
                ],
                on: sweep)
            let svg = try SVGSummary(path: svgPath)
            #expect(svg.root == "svg")
            #expect(svg.text.contains("x-velocity residual: \(ids.count) runs"))
            for id in ids {
                #expect(svg.text.contains { $0.hasPrefix("run \(id) ") })
            }
            #expect(svg.polylines >= ids.count)
        }
    }
}
