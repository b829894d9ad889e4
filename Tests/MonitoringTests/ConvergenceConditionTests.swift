import FlowSolver
import Monitoring
import Testing

@Suite struct ConvergenceConditionTests {
    /// A force report settling geometrically: value_n = 1 + 0.5^n, so the relative change at
    /// iteration n is 0.5^n / (1 + 0.5^n), below 1e-6 first at n = 20.
    let force = (1...400).map { 1 + pow2(-Double($0)) }

    func run(
        conditions: ConvergenceConditionSettings, residualDecay: Double, count: Int = 300
    ) -> (RunOutcome, [String]) {
        let stream = ResidualStream(
            scaled: [
                "continuity": ResidualStream.decay(from: 1, factor: residualDecay, count: 400)
            ],
            reports: ["lid-force": force])
        var messages: [String] = []
        let controller = RunController(
            residualMonitors: ResidualMonitorSettings(equations: ["continuity"]),
            conditions: conditions
        ) { messages.append($0) }
        var iteration = 0
        let outcome = controller.iterate(count: count, reportNames: ["lid-force"]) {
            iteration += 1
            return stream.record(iteration)
        }
        return (outcome, messages)
    }

    func forceCondition(required: Bool, considering previous: Int = 20)
        -> ConvergenceConditionSettings
    {
        var settings = ConvergenceConditionSettings()
        var condition = ConvergenceCondition(reportDefinition: "lid-force")
        condition.stopCriterion = 1e-6
        condition.previousValuesToConsider = previous
        settings.conditions = [condition]
        settings.residualCriteriaRequired = required
        return settings
    }

    @Test func runEndsOnConditionWhileResidualsAreStillHigh() {
        // Residuals fall only 0.999×/iteration: still ≈0.96 at iteration 39.
        let (outcome, messages) = run(
            conditions: forceCondition(required: false), residualDecay: 0.999)
        // Changes below 1e-6 from iteration 20 on; 20 consecutive ones first at iteration 39.
        #expect(outcome.status == .converged)
        #expect(outcome.iterationsPerformed == 39)
        #expect(
            messages == [
                "Solution for report definition lid-force has converged",
                "!  39 solution is converged",
            ])
    }

    /// The REPL iterates in steps: `iterate 10` four times must judge the 20 previous values
    /// as one `iterate 40` does, so the run ends at iteration 39, inside the fourth call.
    @Test func conditionHistoryCarriesAcrossIterateCalls() {
        let stream = ResidualStream(
            scaled: ["continuity": ResidualStream.decay(from: 1, factor: 0.999, count: 400)],
            reports: ["lid-force": force])
        var messages: [String] = []
        let controller = RunController(
            residualMonitors: ResidualMonitorSettings(equations: ["continuity"]),
            conditions: forceCondition(required: false)
        ) { messages.append($0) }
        var iteration = 0
        var statuses: [RunStatus] = []
        for _ in 0..<4 {
            let outcome = controller.iterate(count: 10, reportNames: ["lid-force"]) {
                iteration += 1
                return stream.record(iteration)
            }
            statuses.append(outcome.status)
        }
        #expect(statuses == [.notConverged, .notConverged, .notConverged, .converged])
        #expect(iteration == 39)
        #expect(messages.last == "!  39 solution is converged")
    }

    @Test func runNeedsBothConditionAndResidualsByDefault() {
        // Residuals 0.9×/iteration: 0.9^(n−1) < 1e-3 first at n = 67, after the condition (39).
        let (outcome, messages) = run(
            conditions: forceCondition(required: true), residualDecay: 0.9)
        #expect(outcome.iterationsPerformed == 67)
        #expect(messages.first == "Solution for report definition lid-force has converged")
        #expect(messages.last == "!  67 solution is converged")
    }

    @Test func residualsAloneDoNotEndARunThatHasActiveConditions() {
        var settings = forceCondition(required: true)
        settings.conditions[0].stopCriterion = 0  // a relative change is never below 0
        let (outcome, _) = run(conditions: settings, residualDecay: 0.5, count: 100)
        #expect(outcome.status == .notConverged)
    }

    @Test func anyCombinationNeedsOnlyOneCondition() {
        var settings = forceCondition(required: false)
        var never = ConvergenceCondition(reportDefinition: "missing-report")
        never.stopCriterion = 1e-6
        settings.conditions.append(never)
        settings.combination = .all
        #expect(run(conditions: settings, residualDecay: 0.999).0.status == .notConverged)
        settings.combination = .any
        #expect(run(conditions: settings, residualDecay: 0.999).0.iterationsPerformed == 39)
    }

    @Test func initialValuesToIgnoreDelaysTheCondition() {
        var settings = forceCondition(required: false, considering: 1)
        #expect(run(conditions: settings, residualDecay: 0.999).0.iterationsPerformed == 20)
        settings.conditions[0].initialValuesToIgnore = 50
        // Changes count only from iteration 52 on (the first compared pair is 51→52).
        #expect(run(conditions: settings, residualDecay: 0.999).0.iterationsPerformed == 52)
    }
}

/// 2^x for integer x, exact in binary floating point.
private func pow2(_ exponent: Double) -> Double {
    var result = 1.0
    let steps = Int(abs(exponent))
    for _ in 0..<steps { result *= exponent < 0 ? 0.5 : 2 }
    return result
}
