import CommandShell
import Monitoring

/// `/solve/convergence-conditions`: report-based stopping rules, combined with `all` or `any`
/// and, by default, with the residual criteria.
enum ConvergenceConditionsMenu {
    static func build(for session: CourantSession) -> MenuNode {
        let menu = MenuNode(
            "convergence-conditions", help: "Stop when report values stop changing")
        menu.add(
            .setting(
                Setting.enumeration(
                    "condition", "Whether all or any active condition must hold",
                    default: ConvergenceConditionSettings.Combination.all,
                    get: { session.settings.convergenceConditions.combination },
                    set: { session.settings.convergenceConditions.combination = $0 })))
        menu.add(
            .setting(
                Setting.boolean(
                    "residual-criteria-required?",
                    "With active conditions, also require every checked residual criterion",
                    default: true,
                    get: { session.settings.convergenceConditions.residualCriteriaRequired },
                    set: { session.settings.convergenceConditions.residualCriteriaRequired = $0 })))
        menu.add(.command(FluentConvergenceConditions.frequency(session)))
        let reports = menu.addMenu("conv-reports", help: "One condition per report definition")
        let add = reports.addCommand(
            CommandNode(
                "add", help: "Add a condition on a report definition",
                arguments: [
                    CommandArgument(
                        "report-defs", help: "Report definition watched",
                        type: .choice(options: { session.settings.reportNames })),
                    CommandArgument(
                        "stop-criterion",
                        help: "Relative change below which the report has converged",
                        type: .real(range: 0...1), default: .real(1e-3)),
                    CommandArgument(
                        "initial-values-to-ignore",
                        help: "Iterations at the start not considered",
                        type: .integer(range: 0...Int(Int32.max)), default: .integer(0)),
                    CommandArgument(
                        "previous-values-to-consider",
                        help: "Consecutive changes that must all be below the criterion",
                        type: .integer(range: 1...Int(Int32.max)), default: .integer(1)),
                    CommandArgument(
                        "active?", help: "Take part in the decision", type: .boolean,
                        default: .boolean(true)),
                    CommandArgument(
                        "print?", help: "Announce when the condition is met", type: .boolean,
                        default: .boolean(true)),
                ]
            ) { call in
                let report = try call.text("report-defs")
                var condition = ConvergenceCondition(reportDefinition: report)
                condition.stopCriterion = try call.real("stop-criterion")
                condition.initialValuesToIgnore = try call.integer("initial-values-to-ignore")
                condition.previousValuesToConsider = try call.integer(
                    "previous-values-to-consider")
                condition.isActive = try call.boolean("active?")
                condition.printsMessage = try call.boolean("print?")
                try append(condition, session)
            })
        add.keywordForm = FluentConvergenceConditions.keywordForm(session)
        reports.add(
            .command(
                CommandNode(
                    "delete", help: "Remove the condition on a report",
                    arguments: [
                        CommandArgument(
                            "report-defs", help: "Report whose condition is removed",
                            type: .choice(options: {
                                session.settings.convergenceConditions.conditions.map(
                                    \.reportDefinition)
                            }))
                    ]
                ) { call in
                    let report = try call.text("report-defs")
                    session.settings.convergenceConditions.conditions.removeAll {
                        $0.reportDefinition == report
                    }
                }))
        return menu
    }

    /// Adds `condition`, refusing a second condition on the same report.
    static func append(_ condition: ConvergenceCondition, _ session: CourantSession) throws {
        let report = condition.reportDefinition
        guard
            !session.settings.convergenceConditions.conditions.contains(where: {
                $0.reportDefinition == report
            })
        else { throw ShellError("\(report) already has a condition") }
        session.settings.convergenceConditions.conditions.append(condition)
    }
}
