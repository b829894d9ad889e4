import Foundation
import RunHistory
import Surrogate
import Testing

@Suite struct DatasetTests {
    @Test func windowResamplesTheWholePrefixAndMasksMissingEquations() {
        #expect(ResidualWindow.sampleIterations(observed: 10, length: 4) == [1, 4, 7, 10])
        let residuals: [[Double]] = [
            [1, 0.1, 0.01, 0.001], [1e-2, 1e-2, 1e-2, 1e-2], [1, 1, 1, 1], [],
        ]
        let window = ResidualWindow.values(
            residuals: residuals, criteria: [1e-3, 1e-3, nil, nil], observed: 4, length: 4)
        // continuity: log10(r/1e-3) at iterations 1...4
        #expect(Array(window[0..<4]) == [3, 2, 1, 0])
        // y-velocity has no criterion: plain log10 r = 0; energy is absent: value 0, mask 0
        #expect(Array(window[8..<12]) == [0, 0, 0, 0])
        #expect(Array(window[12..<16]) == [0, 0, 0, 0])
        #expect(Array(window[16..<28]) == Array(repeating: 1, count: 12))
        #expect(Array(window[28..<32]) == [0, 0, 0, 0])
    }

    @Test func caseFeaturesReadReynoldsCellsAndControlsFromSettingsPaths() {
        let settings = [
            "/define/materials/density": "1", "/define/materials/viscosity": "0.0025",
            "/define/boundary-conditions/wall/x-velocity": "0 0 0 1",
            "/mesh/x-edges": "\"0 1\"", "/mesh/y-edges": "\"0 0.5\"", "/mesh/cells-x": "20",
            "/mesh/cells-y": "10", "/solve/set/under-relaxation/pressure": "0.3",
            "/solve/set/under-relaxation/mom": "0.7", "/solve/set/p-v-coupling": "SIMPLE",
            "/solve/set/discretization-scheme/mom": "second-order-upwind",
        ]
        let features = CaseFeatures(
            settings: settings, criteria: ["continuity": 1e-4, "x-velocity": 1e-6],
            equations: ["continuity", "x-velocity", "y-velocity"])
        let expected: [Double] = [log10(400), log10(200), 0.3, 0.7, 0, 1, -5, 0]
        for (value, want) in zip(features.values, expected) { #expect(abs(value - want) < 1e-12) }
    }

    @Test func runsAreCutOnlyWhileStillIterating() {
        let run = SyntheticRuns.converging(id: 1, rate: 0.1)  // converges at 50
        let dataset = SurrogateDataset(runs: [run], prefixes: [10, 25, 50, 100])
        #expect(dataset.examples.map(\.observed) == [10, 25])
        #expect(dataset.examples.map(\.remaining) == [40, 25])
    }

    @Test func runsAtTheIterationLimitAreCensoredNotConvergedAtTheLimit() {
        let run = SyntheticRuns.geometric(
            id: 1, rate: 0.005, iterations: 300, limit: 300, outcome: .notConverged)
        let example = SurrogateExample(series: run, observed: 100, windowLength: 8)
        #expect(example.remaining == nil)
        #expect(example.budget == 200)
        // The contraction factor needs 4.5 decades at 0.005 a step: 900 more; the anchor is
        // log10(1 + 900). Targets: class 1, log10(1 + budget) less the anchor as a lower
        // bound, kind 2 (censored).
        #expect(abs(example.input.anchor - log10(901)) < 1e-9)
        let targets = SurrogateObjective.targets(of: example)
        #expect(targets[0] == 1 && targets[2] == 2)
        #expect(abs(Double(targets[1]) - (log10(201) - log10(901))) < 1e-5)
    }

    @Test func historyRunsBecomeSeriesWithTheirOutcomeAndCensoring() throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let database = try HistoryDatabase(path: scratch.file("runs.db"))
        let criteria = ["continuity", "x-velocity", "y-velocity"].map {
            ResidualCriterion(equation: $0, value: 1e-3)
        }
        for (status, count) in [(RunStatus.converged, 30), (.notConverged, 40), (.failed, 5)] {
            let logger = try database.beginRun(
                RunDescription(
                    caseName: "lid-driven-cavity", journal: "/solve/iterate 40",
                    parameters: ["iterations": "40"],
                    settings: ["/solve/set/p-v-coupling": "SIMPLEC"], criteria: criteria,
                    courantVersion: "test"))
            for iteration in 1...count {
                let value = pow(10, -0.1 * Double(iteration))
                try logger.append(
                    IterationSample(
                        iteration: iteration,
                        residuals: ["continuity", "x-velocity", "y-velocity"].map {
                            ResidualSample(
                                equation: $0, unscaled: 9, scaled: value, normalised: 7)
                        }))
            }
            try logger.finish(status: status, convergedAt: status == .converged ? count : nil)
        }
        let runs = try RunSeries.load(from: database)
        #expect(runs.map(\.outcome) == [.converged, .notConverged])
        #expect(runs[0].convergedAt == 30 && runs[1].convergedAt == nil)
        #expect(runs.map(\.iterationLimit) == [40, 40])
        #expect(runs[0].residuals[0][9] == pow(10, -1.0))  // the scaled form, as judged
        #expect(runs[0].residuals[3].isEmpty && runs[0].features.values[4] == 1)
        let examples = SurrogateDataset(runs: runs, prefixes: [20, 35]).examples
        #expect(examples.map(\.remaining) == [10, nil, nil])
    }

    @Test(arguments: ["\r\n", "\r"])
    func residualCSVWithWindowsOrClassicMacLineEndingsReadsAsLF(ending: String) throws {
        let rows = ["iteration,continuity,x-velocity", "1,1,0.5", "2,0.1,0.25"]
        let parsed = try ResidualCSV.parse(rows.joined(separator: ending) + ending, path: "r.csv")
        #expect(parsed[0] == [1, 0.1] && parsed[1] == [0.5, 0.25])
        #expect(
            throws: SurrogateError.residualFile(
                path: "r.csv", line: 3, reason: "expected 3 numbers, got '2,0.1'")
        ) {
            try ResidualCSV.parse(
                ["iteration,continuity,x-velocity", "1,1,0.5", "2,0.1"]
                    .joined(separator: ending), path: "r.csv")
        }
    }

    @Test func residualCSVErrorsNameTheLine() {
        let csv = "iteration,continuity,x-velocity\n1,1,0.5\n2,0.1\n"
        #expect(
            throws: SurrogateError.residualFile(
                path: "r.csv", line: 3, reason: "expected 3 numbers, got '2,0.1'")
        ) {
            try ResidualCSV.parse(csv, path: "r.csv")
        }
        #expect(throws: SurrogateError.self) {
            try ResidualCSV.parse("iteration,pressure\n1,1\n", path: "r.csv")
        }
        let parsed = try? ResidualCSV.parse("iteration,x-velocity\n1,0.5\n2,0.25\n", path: "r.csv")
        #expect(parsed?[1] == [0.5, 0.25] && parsed?[0] == [])
        #expect(
            "\(SurrogateError.residualFile(path: "r.csv", line: 0, reason: "no such file"))"
                == "r.csv: no such file")
    }
}
