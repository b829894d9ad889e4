import FlowSolver
import Monitoring
import Testing

@Suite struct DivergenceTests {
    @Test func nanResidualStopsTheRunNamingTheEquation() {
        var series = ResidualStream.decay(from: 1, factor: 0.9, count: 20)
        series[11] = .nan  // iteration 12
        let stream = ResidualStream(scaled: [
            "continuity": ResidualStream.decay(from: 1, factor: 0.9, count: 20),
            "y-velocity": series,
        ])
        var messages: [String] = []
        let controller = RunController(
            residualMonitors: ResidualMonitorSettings(equations: stream.equations)
        ) { messages.append($0) }
        var iteration = 0
        let outcome = controller.iterate(count: 100) {
            iteration += 1
            return stream.record(iteration)
        }
        #expect(outcome.status == .diverged)
        #expect(outcome.iterationsPerformed == 12)
        #expect(outcome.lastRecord?.iteration == 12)
        #expect(
            messages == [
                "Error: Divergence detected in y-velocity at iteration 12: residual is NaN"
            ])
    }

    @Test func residualGrowingBeyondTheFactorIsDivergence() {
        // Falls to 1e-4 by iteration 5, then grows 10× per iteration: 1e-4·10^k > 1e6·min.
        let series = [1, 1e-1, 1e-2, 1e-3, 1e-4, 1e-4, 1e-3, 1e-2, 1e-1, 1, 10, 100, 1e3]
        let stream = ResidualStream(scaled: ["continuity": series])
        var settings = ResidualMonitorSettings(equations: ["continuity"])
        settings.criterionType = .none
        let controller = RunController(residualMonitors: settings) { _ in }
        var iteration = 0
        let outcome = controller.iterate(count: 13) {
            iteration += 1
            return stream.record(iteration)
        }
        // Minimum after the 5 ignored iterations is 1e-4 (iteration 6); 1e-4·1e6 = 100 is first
        // exceeded by 1e3 at iteration 13.
        #expect(outcome.status == .diverged)
        #expect(outcome.iterationsPerformed == 13)
    }
}
