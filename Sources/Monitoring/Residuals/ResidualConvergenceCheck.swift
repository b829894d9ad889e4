import FlowSolver

/// Judges, iteration by iteration, whether every checked equation meets its residual criterion.
///
/// One check lives for one `iterate` call: the relative criterion compares with the displayed
/// residual at the first iteration of that call, as Fluent compares with the start of the run.
public struct ResidualConvergenceCheck: Sendable {
    /// The outcome for one iteration.
    public enum Judgement: Sendable, Equatable {
        /// Every checked equation meets its criterion.
        case converged
        /// These checked equations do not yet meet their criteria.
        case notConverged(equations: [String])
        /// Residuals decide nothing: criterion type `none`, or no equation is checked.
        case notApplicable
    }

    /// The criteria judged, fixed for the life of the check (one `iterate` call).
    public let settings: ResidualMonitorSettings
    private var residualAtStart: [String: Double] = [:]

    /// A check whose reference residuals are taken from the first record it judges.
    public init(settings: ResidualMonitorSettings) {
        self.settings = settings
    }

    /// Whether residuals can decide convergence at all with these settings.
    public var isApplicable: Bool {
        settings.criterionType != .none && settings.monitors.contains { $0.checksConvergence }
    }

    /// Judges `record`; equations missing from the record count as not converged.
    public mutating func judge(_ record: IterationRecord) -> Judgement {
        guard isApplicable else { return .notApplicable }
        var unconverged: [String] = []
        for monitor in settings.monitors where monitor.checksConvergence {
            guard let residual = record.residuals.first(where: { $0.equation == monitor.equation })
            else {
                unconverged.append(monitor.equation)
                continue
            }
            let displayed = settings.form.value(of: residual)
            let start = residualAtStart[monitor.equation] ?? displayed
            residualAtStart[monitor.equation] = start
            if !meetsCriterion(displayed: displayed, atStart: start, monitor: monitor) {
                unconverged.append(monitor.equation)
            }
        }
        return unconverged.isEmpty ? .converged : .notConverged(equations: unconverged)
    }

    private func meetsCriterion(displayed: Double, atStart: Double, monitor: EquationMonitor)
        -> Bool
    {
        guard displayed.isFinite else { return false }
        let absolute = displayed < monitor.absoluteCriterion
        let relative = atStart > 0 && displayed / atStart < monitor.relativeCriterion
        switch settings.criterionType {
        case .absolute: return absolute
        case .relative: return relative
        case .relativeOrAbsolute: return absolute || relative
        case .none: return false
        }
    }
}
