import Courant
import FlowSolver
import Foundation
import Monitoring
import Surrogate
import Testing

/// The live surrogate as `courant run` and the REPL drive it, with the shipped model, fed a
/// run's residuals one iteration at a time. Assertions hold whatever the weights learned.
@Suite struct LiveSurrogateTests {
    static let shippedModel =
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("models/convergence-v2.safetensors")
        .path

    /// A 17² cavity at Re 100 as the case features read it, with or without a stall monitor
    /// that stops the run.
    static func cavity(stopsOnStall: Bool, cells: Double = 289) -> CaseFeatures {
        CaseFeatures(
            values: [2, log10(cells), 0.3, 0.7, 1, 1, -5, 0], stopsOnStall: stopsOnStall)
    }

    /// Feeds `iterations` of a residual falling `decadesPer100` decades per 100 iterations
    /// from 1 (criteria 1e-5) and returns the lines written and the last stop request.
    static func feed(
        _ live: LiveSurrogate, iterations: Int, decadesPer100: Double, limit: Int = 1000
    ) -> (lines: [String], stop: (status: RunStatus, reason: String)?) {
        var lines: [String] = []
        live.write = { lines.append($0) }
        live.runWillStart(
            equations: ["continuity", "x-velocity", "y-velocity"], reports: [],
            iterationLimit: limit)
        var stop: (status: RunStatus, reason: String)?
        for iteration in 1...iterations {
            let value = pow(10, -decadesPer100 * Double(iteration) / 100)
            let record = IterationRecord(
                iteration: iteration,
                residuals: ["continuity", "x-velocity", "y-velocity"].map {
                    EquationResidual(
                        equation: $0, unscaled: value, scaled: value, normalised: value)
                }, wallSeconds: 0.01)
            live.iterationDidComplete(record, iterationsLeft: limit - iteration)
            stop = live.stopRequest(after: record)
            if stop != nil { break }
        }
        return (lines, stop)
    }

    static func live(stopsOnStall: Bool, cells: Double = 289) throws -> LiveSurrogate {
        let features = cavity(stopsOnStall: stopsOnStall, cells: cells)
        let live = LiveSurrogate(
            describeCase: { (features, [1e-5, 1e-5, 1e-5, nil], "scaled") }, write: { _ in })
        try live.loadModel(at: shippedModel)
        return live
    }

    @Test func withoutAStallMonitorStalledIsNeverPredictedAndTheLineSaysWhy() throws {
        let live = try Self.live(stopsOnStall: false)
        let (lines, _) = Self.feed(live, iterations: 100, decadesPer100: 0.3)
        #expect(lines.first?.hasPrefix("surrogate: no stall monitor stops this run") == true)
        #expect(lines.filter { $0.contains("no stall monitor") }.count == 1)
        #expect(lines.filter { $0.hasPrefix("surrogate: iteration ") }.count == 1)  // every 100
        #expect(lines.dropFirst().allSatisfy { $0.contains("stalled 0.00") })
        let prediction = try #require(live.lastPrediction)
        #expect(prediction.probabilities[SurrogateOutcome.stalled.rawValue] == 0)
        #expect(abs(prediction.probabilities.reduce(0, +) - 1) < 1e-9)
    }

    @Test func withAStallMonitorTheNetworksStalledProbabilityStands() throws {
        let stopping = try Self.live(stopsOnStall: true)
        let (lines, _) = Self.feed(stopping, iterations: 100, decadesPer100: 0.3)
        #expect(!lines.contains { $0.contains("no stall monitor") })
        let free = try Self.live(stopsOnStall: false)
        _ = Self.feed(free, iterations: 100, decadesPer100: 0.3)
        let withMonitor = try #require(stopping.lastPrediction).probabilities
        let without = try #require(free.lastPrediction).probabilities
        // Same network output: only the stalled mass moves, into converging-or-not by the limit.
        let stalled = SurrogateOutcome.stalled.rawValue
        let diverged = SurrogateOutcome.diverged.rawValue
        #expect(withMonitor[stalled] > 0)
        #expect(abs(withMonitor[diverged] - without[diverged]) < 1e-12)
        #expect(
            abs(
                (1 - withMonitor[diverged] - withMonitor[stalled])
                    + withMonitor[stalled] - (1 - without[diverged])) < 1e-9)
    }

    @Test func aMeshFarBeyondTheTrainingRunsIsSaidToBeOutsideThemOnce() throws {
        let large = try Self.live(stopsOnStall: true, cells: 129 * 129)
        let (lines, _) = Self.feed(large, iterations: 50, decadesPer100: 1)
        let notices = lines.filter { $0.hasPrefix("surrogate: this case lies outside") }
        #expect(notices.count == 1)
        #expect(notices.first?.contains("log10-cells = 4.22") == true)
        let usual = try Self.live(stopsOnStall: true, cells: 17 * 17)
        #expect(
            !Self.feed(usual, iterations: 50, decadesPer100: 1).lines.contains {
                $0.contains("outside")
            })
    }

    @Test func aThresholdAboveEveryProbabilityAbandonsAtTheFirstDecision() throws {
        let live = try Self.live(stopsOnStall: true)
        live.abandonThreshold = 1.01
        let (_, stop) = Self.feed(live, iterations: 200, decadesPer100: 1)
        let request = try #require(stop)
        #expect(request.status == .abandoned)
        #expect(request.reason.hasSuffix("below 1.010 at iteration 25; run abandoned"))
    }

    @Test func withoutAThresholdNothingIsAbandoned() throws {
        let live = try Self.live(stopsOnStall: true)
        let (_, stop) = Self.feed(live, iterations: 200, decadesPer100: 0.05)
        #expect(stop == nil)
    }

    /// When convergence conditions decide with the residual criteria, the line names the
    /// residual criteria, and once they are met says that the run waits for its conditions
    /// (it used to say "converges at about 700 (700-700)" at 700 and 725 while the run went on).
    @Test func withConditionsAlsoRequiredTheLineNamesTheResidualCriteria() throws {
        let live = try Self.live(stopsOnStall: true)
        live.decision = { .conditionsAndResidualCriteria }
        live.printInterval = 25
        let (lines, _) = Self.feed(live, iterations: 700, decadesPer100: 1)
        let estimates = lines.filter { $0.hasPrefix("surrogate: iteration ") }
        #expect(estimates.count == 28)
        // Criteria 1e-5 are met from iteration 500 (residual 10^(-i/100)).
        for line in estimates.prefix(19) {
            #expect(line.contains(": residual criteria met at about "), "\(line)")
            #expect(line.hasSuffix("; convergence conditions must also hold"))
        }
        for (line, iteration) in zip(estimates.dropFirst(19), stride(from: 500, to: 701, by: 25)) {
            #expect(
                line
                    == "surrogate: iteration \(iteration): residual criteria met; the run goes on "
                    + "until its convergence conditions hold")
        }
    }

    /// When convergence conditions alone (or nothing) decide, the surrogate says so once and
    /// neither estimates nor abandons.
    @Test(arguments: [ConvergenceDecision.conditions, .nothing])
    func whenResidualCriteriaDoNotDecideThereIsNoEstimate(decision: ConvergenceDecision) throws {
        let live = try Self.live(stopsOnStall: true)
        live.decision = { decision }
        live.abandonThreshold = 1.01
        let (lines, stop) = Self.feed(live, iterations: 300, decadesPer100: 0.05)
        #expect(stop == nil)
        #expect(lines.count == 1, "\(lines)")
        #expect(lines.first?.hasSuffix(", so it prints no estimate and abandons nothing") == true)
        #expect(live.lastPrediction == nil)
    }
}
