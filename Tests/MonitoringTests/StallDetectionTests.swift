import FlowSolver
import Foundation
import Monitoring
import Testing

@Suite struct StallDetectionTests {
    func run(_ series: [Double], stopOnStall: Bool) -> (RunOutcome, [String]) {
        run(["continuity": series], stopOnStall: stopOnStall)
    }

    /// Runs the equations' scaled residual series (all of one length) with a 100-iteration
    /// stall window.
    func run(_ series: [String: [Double]], stopOnStall: Bool) -> (RunOutcome, [String]) {
        let stream = ResidualStream(scaled: series)
        var stall = StallDetectionSettings()
        stall.isActive = true
        stall.window = 100
        stall.stopsOnStall = stopOnStall
        var messages: [String] = []
        let controller = RunController(
            residualMonitors: ResidualMonitorSettings(equations: series.keys.sorted()),
            stallDetection: stall
        ) { messages.append($0) }
        var iteration = 0
        let outcome = controller.iterate(count: series.values.first?.count ?? 0) {
            iteration += 1
            return stream.record(iteration)
        }
        return (outcome, messages)
    }

    @Test func flatResidualIsFlaggedStalledAfterOneWindow() {
        // Falls two decades in 50 iterations, then sits at 1e-2 with tiny noise.
        let series = (0..<400).map { n in
            n < 50 ? pow(10, -2 * Double(n) / 50) : 1e-2 * (1 + 0.001 * sin(Double(n)))
        }
        let (outcome, messages) = run(series, stopOnStall: true)
        #expect(outcome.status == .stalled)
        // Window 100: mean log10 of quarters [n−99, n−75] and [n−24, n]; the first quarter's mean
        // is within 0.5 decades of −2 once it lies mostly after iteration 50 (n ≈ 125..140).
        #expect((120...145).contains(outcome.iterationsPerformed))
        #expect(
            messages.last?.hasPrefix("Warning: continuity residual is stalled at iteration") == true
        )
    }

    /// Two equations flat from the start stall in the same iteration: with stop-on-stall both
    /// are named before the run ends, not only the first.
    @Test func everyEquationStalledInTheLastIterationIsNamed() {
        let flat = [Double](repeating: 0.5, count: 250)
        let (outcome, messages) = run(["continuity": flat, "x-velocity": flat], stopOnStall: true)
        #expect(outcome.status == .stalled)
        let warnings = messages.filter { $0.hasPrefix("Warning:") }
        #expect(warnings.count == 2)
        #expect(warnings.contains { $0.contains("continuity residual is stalled") })
        #expect(warnings.contains { $0.contains("x-velocity residual is stalled") })
    }

    @Test func oscillatingResidualIsCalledOscillating() {
        let series = (0..<300).map { n in 1e-2 * (n % 2 == 0 ? 3.0 : 0.3) }
        let (_, messages) = run(series, stopOnStall: false)
        #expect(messages.contains { $0.contains("residual is oscillating at iteration 100") })
    }

    @Test func steadilyFallingResidualIsNeverFlagged() {
        // One decade per 100 iterations, twice the stall monitor's 0.5.
        let series = (0..<400).map { n in pow(10, -Double(n) / 100) }
        let (outcome, messages) = run(series, stopOnStall: true)
        #expect(outcome.status == .converged)
        #expect(messages.allSatisfy { !$0.hasPrefix("Warning") })
    }

    @Test func withoutStopOnStallTheRunGoesOnAfterTheWarning() {
        let series = [Double](repeating: 0.5, count: 250)
        let (outcome, messages) = run(series, stopOnStall: false)
        #expect(outcome.status == .notConverged)
        #expect(outcome.iterationsPerformed == 250)
        #expect(messages.filter { $0.hasPrefix("Warning") }.count == 1)
    }
}
