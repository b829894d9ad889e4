import FlowSolver
import Monitoring
import Testing

@Suite struct ResidualCriteriaTests {
    /// continuity falls 0.5×/iteration from 1 (below 1e-3 first at iteration 11: 0.5^10 = 9.8e-4),
    /// x-velocity 0.25×/iteration from 0.1 (below 1e-3 at iteration 5: 0.1·0.25^4 = 3.9e-4).
    let stream = ResidualStream(scaled: [
        "continuity": ResidualStream.decay(from: 1, factor: 0.5, count: 60),
        "x-velocity": ResidualStream.decay(from: 0.1, factor: 0.25, count: 60),
    ])

    func run(_ settings: ResidualMonitorSettings, count: Int = 50) -> (RunOutcome, [String]) {
        var messages: [String] = []
        let controller = RunController(residualMonitors: settings) { messages.append($0) }
        var iteration = 0
        let outcome = controller.iterate(count: count) {
            iteration += 1
            return stream.record(iteration)
        }
        return (outcome, messages)
    }

    @Test func runStopsAtFirstIterationWhereAllCheckedResidualsAreBelowCriteria() {
        let (outcome, messages) = run(ResidualMonitorSettings(equations: stream.equations))
        #expect(outcome.status == .converged)
        #expect(outcome.iterationsPerformed == 11)
        #expect(messages == ["!  11 solution is converged"])
    }

    @Test func tighterCriterionOnOneEquationDelaysConvergence() {
        var settings = ResidualMonitorSettings(equations: stream.equations)
        settings["x-velocity"]?.absoluteCriterion = 1e-9  // 0.1·0.25^(n−1) < 1e-9 first at n = 15
        #expect(run(settings).0.iterationsPerformed == 15)
    }

    @Test func uncheckedEquationDoesNotHoldBackConvergence() {
        var settings = ResidualMonitorSettings(equations: stream.equations)
        settings["continuity"]?.checksConvergence = false
        #expect(run(settings).0.iterationsPerformed == 5)
    }

    @Test func relativeCriterionComparesWithFirstIterationOfTheCall() {
        var settings = ResidualMonitorSettings(equations: stream.equations)
        settings.criterionType = .relative
        settings["continuity"]?.relativeCriterion = 0.01  // 0.5^(n−1) < 0.01 first at n = 8
        settings["x-velocity"]?.relativeCriterion = 0.01  // 0.25^(n−1) < 0.01 first at n = 5
        #expect(run(settings).0.iterationsPerformed == 8)
    }

    @Test func criterionTypeNoneRunsToTheIterationLimit() {
        var settings = ResidualMonitorSettings(equations: stream.equations)
        settings.criterionType = .none
        let (outcome, messages) = run(settings, count: 30)
        #expect(outcome.status == .notConverged)
        #expect(outcome.iterationsPerformed == 30)
        #expect(messages.isEmpty)
    }

    @Test func normalisedFormIsJudgedWhenNormalizeIsOn() {
        var settings = ResidualMonitorSettings(equations: stream.equations)
        settings.normalize = true  // normalised x-velocity = 0.25^(n−1): < 1e-3 first at n = 6
        settings["continuity"]?.checksConvergence = false
        #expect(run(settings).0.iterationsPerformed == 6)
    }

    @Test func energyDefaultsToFluentsTighterCriterion() {
        var settings = ResidualMonitorSettings(equations: ["continuity", "x-velocity"])
        settings["continuity"]?.absoluteCriterion = 1e-5
        settings.synchronise(with: ["continuity", "x-velocity", "y-velocity", "energy"])
        #expect(settings["energy"]?.absoluteCriterion == 1e-6)
        #expect(settings["y-velocity"]?.absoluteCriterion == 1e-3)
        #expect(settings["continuity"]?.absoluteCriterion == 1e-5)
        #expect(settings.equations == ["continuity", "x-velocity", "y-velocity", "energy"])
    }
}
