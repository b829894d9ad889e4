import CommandShell
import FlowSolver
import Monitoring

/// The journal commands that recreate report definitions, report files and convergence
/// conditions: named collections, which a case file lists after the settings walk, in the order
/// they depend on each other (definitions, then the files and conditions that name them).
enum ReportJournal {
    static func lines(for settings: CaseSettings) -> [String] {
        let definitions = settings.reportDefinitions.map {
            line(for: $0, dimension: settings.mesh.dimension)
        }
        let files = settings.reportFiles.map { file in
            "/solve/report-files/create \(word(file.name)) \(word(file.path)) "
                + word(file.reports.joined(separator: ","))
        }
        let conditions = settings.convergenceConditions.conditions.map { condition in
            "/solve/convergence-conditions/conv-reports/add \(word(condition.reportDefinition)) "
                + "\(number(condition.stopCriterion)) \(condition.initialValuesToIgnore) "
                + "\(condition.previousValuesToConsider) \(flag(condition.isActive)) "
                + flag(condition.printsMessage)
        }
        // Written only when set, so that case files of cases that never set it are unchanged.
        let frequency = settings.convergenceConditions.frequency
        let frequencyLine =
            frequency == 1 ? [] : ["/solve/convergence-conditions/frequency \(frequency)"]
        return referenceLines(settings.referenceValues) + definitions + files + conditions
            + frequencyLine
    }

    /// The command that creates `definition` on a mesh of `dimension` (a point has a z only in
    /// 3-D, where `point-value` asks for it).
    static func line(for definition: ReportDefinition, dimension: Int) -> String {
        let name = word(definition.name)
        let path = "/solve/report-definitions/"
        switch definition.quantity {
        case .pointValue(let field, let point):
            return path + "point-value \(name) \(field) \(number(point.x)) \(number(point.y))"
                + (dimension == 3 ? " \(number(point.z))" : "")
        case .areaWeightedAverage(let field, let patch):
            return path + "area-weighted-average \(name) \(field) \(word(patch))"
        case .massWeightedAverage(let field, let patch):
            return path + "mass-weighted-average \(name) \(field) \(word(patch))"
        case .massFlowRate(let patch):
            return path + "mass-flow-rate \(name) \(word(patch))"
        case .force(let patches, let direction):
            return path + "force \(name) \(word(patches.joined(separator: ","))) "
                + "\(number(direction.x)) \(number(direction.y))"
        case .forceCoefficient(let patches, let direction, let density, let speed, let length):
            return path + "force-coefficient \(name) \(word(patches.joined(separator: ","))) "
                + "\(number(direction.x)) \(number(direction.y)) \(number(density)) "
                + "\(number(speed)) \(number(length))"
        case .averageNusselt(let patch, let length, let difference):
            return path + "nusselt \(name) \(word(patch)) \(number(length)) \(number(difference))"
        case .reattachmentPoint(let patch):
            return path + "reattachment-point \(name) \(word(patch))"
        case .skinFrictionCoefficient(let patch, let x, let density, let speed):
            return path + "skin-friction-coefficient \(name) \(word(patch)) \(number(x)) "
                + "\(number(density)) \(number(speed))"
        }
    }

    /// The reference values that differ from Fluent's defaults (a case that never set them
    /// keeps the journal it had).
    static func referenceLines(_ values: ReferenceValues) -> [String] {
        let defaults = ReferenceValues()
        return ReferenceValues.quantities.compactMap { quantity in
            values[keyPath: quantity.keyPath] == defaults[keyPath: quantity.keyPath]
                ? nil
                : "/report/reference-values/\(quantity.name) "
                    + number(values[keyPath: quantity.keyPath])
        }
    }

    private static func word(_ text: String) -> String { SettingValue.quoteIfNeeded(text) }
    private static func number(_ value: Double) -> String { SettingValue.format(value) }
    private static func flag(_ value: Bool) -> String { value ? "yes" : "no" }
}
