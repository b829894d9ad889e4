import FlowSolver

/// Evaluates the report-based convergence conditions iteration by iteration.
public struct ConvergenceConditionCheck: Sendable {
    /// The state of the active conditions after one iteration.
    public struct Judgement: Sendable, Equatable {
        /// Whether the active conditions, combined with `all` or `any`, hold.
        public var isMet: Bool
        /// Conditions met for the first time at this iteration whose `print?` is on.
        public var newlyConverged: [String]
    }

    /// The conditions judged, fixed for the life of the check (one `iterate` call).
    public let settings: ConvergenceConditionSettings
    private var previousValue: [String: Double] = [:]
    /// Consecutive iterations whose relative change was below the criterion, per report.
    private var quietStreak: [String: Int] = [:]
    private var announced: Set<String> = []
    private var iterationsSeen = 0

    /// A check with no history: no previous values, no condition yet met or announced.
    public init(settings: ConvergenceConditionSettings) {
        self.settings = settings
    }

    /// Updates every condition with `record`'s report values and judges the combination.
    public mutating func judge(_ record: IterationRecord) -> Judgement {
        iterationsSeen += 1
        var metFlags: [Bool] = []
        var newlyConverged: [String] = []
        for condition in settings.conditions where condition.isActive {
            let name = condition.reportDefinition
            let value = record.reports.first { $0.name == name }?.value
            let met = update(condition, value: value)
            metFlags.append(met)
            if met, !announced.contains(name) {
                announced.insert(name)
                if condition.printsMessage { newlyConverged.append(name) }
            }
        }
        var isMet: Bool
        switch settings.combination {
        case .all: isMet = !metFlags.isEmpty && metFlags.allSatisfy { $0 }
        case .any: isMet = metFlags.contains(true)
        }
        isMet = isMet && record.iteration % max(settings.frequency, 1) == 0
        return Judgement(isMet: isMet, newlyConverged: newlyConverged)
    }

    private mutating func update(_ condition: ConvergenceCondition, value: Double?) -> Bool {
        let name = condition.reportDefinition
        defer { previousValue[name] = value }
        guard let value, value.isFinite, let previous = previousValue[name],
            iterationsSeen > condition.initialValuesToIgnore + 1
        else {
            quietStreak[name] = 0
            return false
        }
        let change = abs(value - previous) / max(abs(value), 1e-30)
        let streak = change < condition.stopCriterion ? quietStreak[name, default: 0] + 1 : 0
        quietStreak[name] = streak
        return streak >= max(condition.previousValuesToConsider, 1)
    }
}
