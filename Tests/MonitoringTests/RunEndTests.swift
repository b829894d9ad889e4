import FlowSolver
import Monitoring
import Testing

/// Observers are told of every end of an `iterate` call, a failed solver step included.
@Suite struct RunEndTests {
    /// Records what an observer is told.
    final class EndRecorder: IterationObserver {
        var iterations: [Int] = []
        var endings: [RunStatus] = []
        func runWillStart(equations: [String], reports: [String], iterationLimit: Int) {}
        func iterationDidComplete(_ record: IterationRecord, iterationsLeft: Int) {
            iterations.append(record.iteration)
        }
        func runDidFinish(_ outcome: RunOutcome) { endings.append(outcome.status) }
    }

    struct StepFailure: Error {}

    /// The third step throws: the two completed iterations were published, the observer hears
    /// the run end as `failed` exactly once, and the error reaches the caller.
    @Test func failedStepEndsTheRunForEveryObserverAndIsRethrown() {
        let stream = ResidualStream(
            scaled: ["continuity": ResidualStream.decay(from: 1, factor: 0.9, count: 10)])
        let controller = RunController(
            residualMonitors: ResidualMonitorSettings(equations: ["continuity"])
        ) { _ in }
        let observer = EndRecorder()
        controller.observers = [observer]
        var iteration = 0
        #expect(throws: StepFailure.self) {
            try controller.iterate(count: 10) {
                iteration += 1
                if iteration == 3 { throw StepFailure() }
                return stream.record(iteration)
            }
        }
        #expect(observer.iterations == [1, 2])
        #expect(observer.endings == [.failed])
    }
}
