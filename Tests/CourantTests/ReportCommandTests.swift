import CommandShell
import Courant
import Foundation
import Testing

/// `/report/summary`, `/report/fluxes/mass-flow`, `/report/surface-integrals/...` and
/// `/solve/report-definitions/compute` on the shipped plane-Poiseuille channel (H = 1 m,
/// L = 10 H, parabolic inlet of mean speed U = 1 m/s, ρ = 1 kg/m³), whose inlet flux ρUH and
/// patch areas are exact by construction, and whose mass-weighted inlet velocity follows from
/// the face-averaged parabola the inlet imposes.
@Suite struct ReportCommandTests {
    static let channel = try? String(
        contentsOfFile: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("cases/channel.jou").path, encoding: .utf8)

    /// The channel on 40 × 10 cells, converged to 1e-6, its console cleared.
    static func solvedChannel() throws -> SessionHarness {
        let harness = SessionHarness()
        try harness.run(
            "/solve/monitors/residual/print? no\n" + (try #require(channel)), file: "channel.jou",
            overrides: ["cells_along": "40", "cells_across": "10"])
        #expect(harness.session.lastOutcome?.status == .converged)
        harness.console.clear()
        return harness
    }

    /// The value of row `name` in a printed report table.
    static func value(_ name: String, in text: String) -> Double? {
        for line in text.split(separator: "\n") {
            let words = line.split(separator: " ")
            if words.count == 2, words[0] == name { return Double(words[1]) }
        }
        return nil
    }

    @Test func fluxesAndSurfaceIntegralsMatchTheChannelsExactValues() throws {
        let harness = try Self.solvedChannel()
        try harness.run("/report/fluxes/mass-flow yes no")
        let fluxes = harness.console.text
        #expect(fluxes.hasPrefix("                  Mass Flow Rate     [kg/s]\n"), "\(fluxes)")
        // Inflow positive, as in Fluent's flux report: ρ U H enters, the same leaves.
        #expect(abs(try #require(Self.value("inlet", in: fluxes)) - 1) < 1e-12)
        #expect(abs(try #require(Self.value("outlet", in: fluxes)) + 1) < 1e-5)
        #expect(Self.value("lower-wall", in: fluxes) == 0)
        #expect(abs(try #require(Self.value("Net", in: fluxes))) < 1e-5)

        harness.console.clear()
        try harness.run("/report/surface-integrals/area inlet,lower-wall no")
        #expect(Self.value("inlet", in: harness.console.text) == 1)
        #expect(abs(try #require(Self.value("lower-wall", in: harness.console.text)) - 10) < 1e-12)
        #expect(abs(try #require(Self.value("Net", in: harness.console.text)) - 11) < 1e-12)

        harness.console.clear()
        try harness.run("/report/surface-integrals/mass-weighted-avg inlet x-velocity no")
        // The inlet imposes the parabola averaged over each of its 10 faces, ū_i; weighted by
        // the face fluxes ρ ū_i h it averages to Σū_i² / Σū_i = 1.19008 (6/5 as h → 0).
        let h = 0.1
        let faceMeans = (0..<10).map { i -> Double in
            let (a, b) = (Double(i) * h, Double(i + 1) * h)
            return 6 * ((b * b - a * a) / 2 - (b * b * b - a * a * a) / 3) / h
        }
        let expected =
            faceMeans.reduce(0) { $0 + $1 * $1 } / faceMeans.reduce(0, +)
        let weighted = try #require(Self.value("inlet", in: harness.console.text))
        #expect(abs(weighted - expected) < 1e-9, "mass-weighted inlet velocity \(weighted)")
        #expect(abs(expected - 1.19008) < 1e-12)

        harness.console.clear()
        try harness.run("/report/surface-integrals/volume-flow-rate inlet,outlet no")
        // The outward normal decides the sign here: the inlet's flow is negative.
        #expect(abs(try #require(Self.value("inlet", in: harness.console.text)) + 1) < 1e-12)
        #expect(abs(try #require(Self.value("outlet", in: harness.console.text)) - 1) < 1e-5)

        harness.console.clear()
        try harness.run("/report/surface-integrals/area-weighted-avg outlet pressure no")
        #expect(Self.value("outlet", in: harness.console.text) == 0)  // 0 Pa gauge, imposed
        harness.console.clear()
        try harness.run("/report/surface-integrals/integral inlet x-velocity no")
        #expect(abs(try #require(Self.value("inlet", in: harness.console.text)) - 1) < 1e-12)
    }

    @Test func computePrintsAReportDefinitionsCurrentValue() throws {
        let harness = try Self.solvedChannel()
        try harness.run("/report/surface-integrals/mass-flow-rate outlet no")
        let outlet = try #require(Self.value("outlet", in: harness.console.text))
        harness.console.clear()
        try harness.run("/solve/report-definitions/compute outflow")
        let iteration = try #require(harness.session.lastOutcome?.lastRecord?.iteration)
        #expect(
            harness.console.text
                == "outflow = \(String(format: "%.10g", outlet))  (iteration \(iteration))\n")
    }

    @Test func theSummaryNamesTheCaseAndItsSolutionAndCanBeWritten() throws {
        let harness = try Self.solvedChannel()
        let path = SessionHarness.temporaryPath("summary.txt")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try harness.run("/report/summary yes \(path)")
        let text = harness.console.text
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == "Case summary: channel")
        #expect(
            lines.contains(
                "  mesh                400 cells; patches inlet, outlet, lower-wall, upper-wall"))
        #expect(lines.contains("  boundary inlet      velocity-inlet, 1 m/s parabolic"))
        #expect(lines.contains("  boundary outlet     pressure-outlet, 0 Pa gauge"))
        #expect(
            lines.contains {
                $0.hasPrefix("  solution            iteration ") && $0.hasSuffix(", converged")
            })
        #expect(lines.contains { $0.hasPrefix("  report outflow      ") })
    }

    @Test func reportsNameTheirMistakeInOneLine() throws {
        let fresh = SessionHarness()
        #expect(throws: ShellError.self) { try fresh.run("/report/fluxes/mass-flow yes no") }
        do {
            try fresh.run("/report/surface-integrals/area left no", file: "r.jou")
        } catch {
            #expect(
                "\(error)"
                    == "r.jou:1: /report/surface-integrals/area: there is no solution yet: "
                    + "initialize and iterate first")
        }
        let harness = try Self.solvedChannel()
        do {
            try harness.run("/report/surface-integrals/area inlet,nowhere no", file: "r.jou")
            Issue.record("expected an error")
        } catch {
            #expect(
                "\(error)"
                    == "r.jou:1: /report/surface-integrals/area: no patch named nowhere "
                    + "(patches: inlet, outlet, lower-wall, upper-wall)")
        }
    }
}
