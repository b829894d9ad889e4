import Foundation
import RunHistory
import Testing

@Suite struct HistoryCommandTests {
    @Test func csvExportParsesBackToTheExactLoggedValues() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let database = try HistoryDatabase(path: scratch.file("h.db"))
        let id = try SyntheticHistory.logRun(in: database, iterations: 60)
        let lines = try RunExport.export(database, runID: id, format: .csv)
            .split(separator: "\n").map {
                $0.split(separator: ",", omittingEmptySubsequences: false)
            }
        #expect(
            lines[0].prefix(4) == [
                "iteration", "continuity.unscaled", "continuity.scaled",
                "continuity.normalised",
            ])
        #expect(lines[0].suffix(2) == ["cd-lid", "vortex-x"])
        #expect(lines.count == 61)
        for (row, iteration) in zip(lines.dropFirst(), 1...60) {
            let expected = SyntheticHistory.sample(iteration)
            let values =
                expected.residuals.flatMap { [$0.unscaled, $0.scaled, $0.normalised] }
                + expected.reports.map(\.value)
            #expect(row.dropFirst().map { Double(String($0)) } == values.map(Optional.some))
        }
    }

    @Test func jsonExportCarriesRunCriteriaAndExactIterations() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let database = try HistoryDatabase(path: scratch.file("h.db"))
        let id = try SyntheticHistory.logRun(in: database, iterations: 12)
        let text = try RunExport.export(database, runID: id, format: .json)
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let run = try #require(document["run"] as? [String: Any])
        #expect(run["status"] as? String == "converged")
        #expect(run["parameters"] as? [String: String] == ["Re": "100", "cells": "33"])
        #expect((document["criteria"] as? [String: Double])?["continuity"] == 1e-3)
        let iterations = try #require(document["iterations"] as? [[String: Any]])
        #expect(iterations.count == 12)
        let last = try #require(iterations.last?["residuals"] as? [String: [String: Double]])
        #expect(
            last["energy"]?["normalised"] == SyntheticHistory.sample(12).residuals[3].normalised)
    }

    @Test func listAndShowNameTheRunItsStatusAndFinalResiduals() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let path = scratch.file("h.db")
        let database = try HistoryDatabase(path: path)
        let id = try SyntheticHistory.logRun(in: database, iterations: 80)
        _ = try SyntheticHistory.logRun(
            in: database, iterations: 5, status: .diverged,
            description: SyntheticHistory.description(parameters: ["Re": "5000"]))
        let listing = try RunListing.list(databaseAt: path, filter: RunFilter(status: .converged))
        let rows = listing.split(separator: "\n")
        #expect(rows.count == 2)
        #expect(rows[0].hasPrefix("id  case"))
        #expect(rows[1].hasPrefix("\(id)   cavity  converged  80"))
        #expect(rows[1].hasSuffix("Re=100 cells=33"))
        let shown = try RunReport.text(database, runID: id)
        #expect(shown.hasPrefix("run \(id)  cavity  converged at iteration 80  (80 iterations)"))
        #expect(shown.contains("criteria      continuity 0.001, x-velocity 0.001"))
        // Continuity at iteration 80: unscaled 3.7e-3·10^-2, scaled 10^-2.
        #expect(shown.contains("continuity  3.7000e-05  1.0000e-02  1.0000e-02"))
        #expect(throws: HistoryError.noSuchRun(path: path, id: 99)) {
            try RunReport.text(database, runID: 99)
        }
    }

    @Test func residualFormatMatchesFluentsConsole() {
        #expect(HistoryFormat.residual(1.23456e-5) == "1.2346e-05")
        #expect(HistoryFormat.residual(9.99996e-4) == "1.0000e-03")
        #expect(HistoryFormat.residual(1) == "1.0000e+00")
        #expect(HistoryFormat.residual(.nan) == "nan")
    }

    @Test func runPlotDrawsOneLinePerEquationAndSharedCriteriaAsOneDashedLine() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let database = try HistoryDatabase(path: scratch.file("h.db"))
        let id = try SyntheticHistory.logRun(in: database, iterations: 200)
        let output = scratch.file("run.svg")
        try ResidualPlot.write(database, runIDs: [id], output: output)
        let svg = try String(contentsOfFile: output, encoding: .utf8)
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 4)
        // Both criteria are 1e-3: one dashed line across the frame, one in the legend.
        #expect(svg.components(separatedBy: "stroke-dasharray").count - 1 == 2)
        #expect(svg.contains(">continuity, x-velocity &lt; 0.001<"))
        // Scaled residuals fall from 1.3 to exactly 1e-5: decades 1e+01 to 1e-06 are labelled
        // (a decade of room below the lowest value), and no further.
        #expect(svg.contains(">1e+01<") && svg.contains(">1e-06<") && !svg.contains(">1e-07<"))
        #expect(svg.contains(">Iterations<"))
    }

    @Test func logPlotBreaksLinesAtNonPositiveOrNonFiniteValues() {
        let points: [(x: Double, y: Double)] = [
            (1, 1), (2, 0.5), (3, .nan), (4, 0.1), (5, 0), (6, .infinity),
        ]
        #expect(LogPlot.drawableRuns(points).map { $0.map(\.x) } == [[1, 2], [4]])
    }

    @Test func decimationKeepsEveryColumnsExtremesAndAtMostFourPoints() {
        // 10 000 points over 100 px: a sawtooth whose extremes must survive.
        let pixels = (0..<10_000).map { i in (x: Double(i) / 100, y: Double((i * 37) % 101)) }
        let kept = LogPlot.decimated(pixels)
        #expect(kept.count <= 4 * 100)
        for column in 0..<100 {
            let full = pixels.filter { Int($0.x) == column }.map(\.y)
            let reduced = kept.filter { Int($0.x) == column }.map(\.y)
            #expect(reduced.min() == full.min() && reduced.max() == full.max())
            #expect(reduced.first == full.first && reduced.last == full.last)
        }
        #expect(zip(kept, kept.dropFirst()).allSatisfy { $0.x <= $1.x })
    }

    @Test func comparisonPlotHasOneLinePerRun() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let database = try HistoryDatabase(path: scratch.file("h.db"))
        let ids = try ["100", "400", "1000"].map {
            try SyntheticHistory.logRun(
                in: database, iterations: 50,
                description: SyntheticHistory.description(parameters: ["Re": $0]))
        }
        let output = scratch.file("compare.svg")
        try ResidualPlot.write(database, runIDs: ids, output: output, equation: "x-velocity")
        let svg = try String(contentsOfFile: output, encoding: .utf8)
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 3)
        #expect(svg.contains("run \(ids[2]) Re=1000 (converged)"))
        #expect(svg.contains("x-velocity residual: 3 runs"))
    }

    @Test func mergeRemapsIdsAndSkipsDuplicates() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let shardA = scratch.file("a.db")
        let shardB = scratch.file("b.db")
        let target = scratch.file("c.db")
        do {
            let a = try HistoryDatabase(path: shardA)
            _ = try SyntheticHistory.logRun(
                in: a, iterations: 30,
                description: SyntheticHistory.description(parameters: ["Re": "100"]))
            _ = try SyntheticHistory.logRun(
                in: a, iterations: 40,
                description: SyntheticHistory.description(parameters: ["Re": "400"]))
            let b = try HistoryDatabase(path: shardB)
            _ = try SyntheticHistory.logRun(
                in: b, iterations: 50, status: .stalled,
                description: SyntheticHistory.description(parameters: ["Re": "1000"]))
            let changed = try b.beginRun(
                SyntheticHistory.description(parameters: ["Re": "2000"]))
            try changed.changeSettings(
                [SettingChange(iteration: 11, path: "/a", oldValue: "1", newValue: "2")],
                settings: ["/a": "2"], criteria: [])
            try changed.finish(status: .notConverged)
        }
        let first = try HistoryMerge.merge(sources: [shardA, shardB], into: target)
        #expect(first.copied == 4 && first.duplicates == 0)
        let again = try HistoryMerge.merge(sources: [shardB, shardA], into: target)
        #expect(again.copied == 0 && again.duplicates == 4)
        let merged = try HistoryDatabase(path: target)
        let runs = try merged.runs()
        #expect(runs.map(\.id) == [1, 2, 3, 4])
        #expect(runs.map(\.iterations) == [30, 40, 50, 0])
        #expect(
            try merged.settingChanges(runID: 4) == [
                SettingChange(iteration: 11, path: "/a", oldValue: "1", newValue: "2")
            ])
        #expect(runs[3].settings == ["/a": "2"])
        #expect(try merged.iterations(runID: 3) == (1...50).map(SyntheticHistory.sample))
        #expect(try merged.runs(matching: RunFilter(parameters: ["Re": "400"])).map(\.id) == [2])
        #expect(try merged.criteria(runID: 2).count == 2)
        #expect(try merged.integrityCheck() == "ok")
        #expect(throws: HistoryError.self) {
            try HistoryMerge.merge(sources: [target], into: target)
        }
    }
}
