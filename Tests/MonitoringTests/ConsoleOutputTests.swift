import FiniteVolume
import FlowSolver
import Foundation
import Monitoring
import Testing

@Suite struct ConsoleOutputTests {
    let record = IterationRecord(
        iteration: 42,
        residuals: [
            EquationResidual(
                equation: "continuity", unscaled: 2.5e-3, scaled: 1.25e-4, normalised: 0.5),
            EquationResidual(
                equation: "x-velocity", unscaled: 7, scaled: 3.14159e-2, normalised: 0.25),
        ],
        reports: [ReportValue(name: "lid-force-x-component", value: -0.123456)],
        wallSeconds: 0.0123)

    @Test func tableFollowsFluentsColumnLayout() {
        let table = ResidualTable(
            monitors: ResidualMonitorSettings(equations: ["continuity", "x-velocity"]),
            reportColumns: ["lid-force-x-component"]
        ) { _ in }
        #expect(table.header == "  iter  continuity  x-velocity  lid-force-     time/iter")
        #expect(
            table.row(for: record, iterationsLeft: 58)
                == "    42  1.2500e-04  3.1416e-02 -1.2346e-01    0.0123s    58")
    }

    @Test func aThreeDimensionalSolverGetsAZVelocityColumnFromItsEquationList() throws {
        let mesh = try Mesh.box(nx: 3, ny: 3, nz: 3, lx: 1, ly: 1, lz: 1)
        var solver = try SteadyFlowSolver(
            mesh: mesh, setup: CavityBenchmark.setup(reynolds: 100, dimension: 3))
        let table = ResidualTable(
            monitors: ResidualMonitorSettings(equations: solver.equations.map(\.rawValue))
        ) { _ in }
        #expect(
            table.header
                == "  iter  continuity  x-velocity  y-velocity  z-velocity     time/iter")
        let row = table.row(for: solver.iterate(), iterationsLeft: 0)
        #expect(row.split(separator: " ").count == 1 + 4 + 2)
    }

    @Test func unmonitoredEquationsAreNotPrintedAndNormaliseSwitchesTheForm() {
        var monitors = ResidualMonitorSettings(equations: ["continuity", "x-velocity"])
        monitors["continuity"]?.isMonitored = false
        monitors.normalize = true
        let table = ResidualTable(monitors: monitors) { _ in }
        #expect(table.header == "  iter  x-velocity     time/iter")
        #expect(table.row(for: record, iterationsLeft: 0) == "    42  2.5000e-01    0.0123s     0")
    }

    @Test func headerRepeatsEveryIntervalRows() {
        var lines: [String] = []
        let table = ResidualTable(
            monitors: ResidualMonitorSettings(equations: ["continuity"]), headerInterval: 3
        ) { lines.append($0) }
        table.runWillStart(equations: ["continuity"], reports: [], iterationLimit: 7)
        for _ in 0..<7 { table.iterationDidComplete(record, iterationsLeft: 0) }
        let headerRows = lines.indices.filter { lines[$0].hasPrefix("  iter") }
        #expect(headerRows == [0, 4, 8])
        #expect(lines.count == 10)
    }

    @Test func reportFileRoundTripsTheValuesTheConsolePrints() throws {
        let path = NSTemporaryDirectory() + "report-\(UUID().uuidString).csv"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let file = try ReportFile(path: path, reports: ["lid-force-x-component", "absent"]) { _ in }
        let values = [-0.123456, 1.0 / 3.0, 6.02214076e23]
        for (index, value) in values.enumerated() {
            var next = record
            next.iteration = index + 1
            next.reports = [ReportValue(name: "lid-force-x-component", value: value)]
            file.iterationDidComplete(next, iterationsLeft: 0)
        }
        let lines = try String(contentsOfFile: path, encoding: .utf8)
            .split(separator: "\n").map(String.init)
        #expect(lines[0] == "iteration,lid-force-x-component,absent")
        for (index, value) in values.enumerated() {
            let fields = lines[index + 1].split(separator: ",", omittingEmptySubsequences: false)
            #expect(fields[0] == "\(index + 1)")
            #expect(Double(String(fields[1])) == value)  // bit-exact
            #expect(fields[2] == "")
        }
    }

    @Test func reportFileInAMissingDirectoryIsAClearError() {
        #expect(throws: ReportFileError.self) {
            try ReportFile(path: "/nonexistent-dir/x.csv", reports: ["a"]) { _ in }
        }
    }
}
