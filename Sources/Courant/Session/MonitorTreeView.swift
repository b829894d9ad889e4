import Monitoring

/// `/solve/monitors/list`: the monitor tree as an indented listing with current values, so a
/// user sees at a glance what will decide convergence.
enum MonitorTreeView {
    static func render(_ settings: CaseSettings) -> String {
        let residuals = settings.residualMonitors
        var lines = ["monitors/"]
        lines.append(
            "  residual/  criterion-type \(residuals.criterionType.rawValue), "
                + "form \(residuals.form.rawValue), n-maximize-norms \(residuals.nMaximizeNorms), "
                + "divergence-factor \(formatResidual(residuals.divergenceFactor))")
        for monitor in residuals.monitors {
            let check = monitor.checksConvergence ? "checked" : "not checked"
            let shown = monitor.isMonitored ? "printed" : "hidden"
            lines.append(
                "    " + monitor.equation.padding(toLength: 12, withPad: " ", startingAt: 0)
                    + "absolute \(formatResidual(monitor.absoluteCriterion))  "
                    + "relative \(formatResidual(monitor.relativeCriterion))  \(check), \(shown)")
        }
        let stall = settings.stallDetection
        lines.append(
            "  stall/  "
                + (stall.isActive
                    ? "active, window \(stall.window), minimum drop \(stall.minimumDecadeDrop) decades, "
                        + (stall.stopsOnStall ? "stops the run" : "warns only")
                    : "inactive"))
        let conditions = settings.convergenceConditions
        lines.append(
            "  convergence-conditions/  \(conditions.combination.rawValue), residual criteria "
                + (conditions.residualCriteriaRequired ? "also required" : "not required"))
        if conditions.conditions.isEmpty { lines.append("    (none)") }
        for condition in conditions.conditions {
            lines.append(
                "    \(condition.reportDefinition)  stop-criterion "
                    + "\(formatResidual(condition.stopCriterion)), ignore first "
                    + "\(condition.initialValuesToIgnore), consider "
                    + "\(condition.previousValuesToConsider) "
                    + (condition.isActive ? "(active)" : "(inactive)"))
        }
        lines.append("  decides: " + ConvergenceDecision(settings).description)
        return lines.joined(separator: "\n") + "\n"
    }
}
