import FlowSolver

/// Runs the outer iterations of one `iterate` call: publishes every record to the observers, then
/// lets the deciders judge it, in this order of precedence: divergence, convergence (residual
/// criteria and convergence conditions), stall, other deciders (e.g. the surrogate), the iteration
/// limit. Interruption is checked before each iteration, so an interrupted run keeps the last
/// completed one.
///
/// One controller lives from flow initialisation to the next: divergence, stall and convergence-
/// condition histories carry across `iterate` calls while their settings are unchanged, as the
/// REPL iterates in steps (`iterate 10` five times judges a condition over 20 previous values
/// as `iterate 50` does).
public final class RunController {
    /// `/solve/monitors/residual` settings: the residual criteria and the divergence detector's
    /// settings; read at the start of every `iterate` call.
    public var residualMonitors: ResidualMonitorSettings
    /// `/solve/convergence-conditions` settings; read at the start of every `iterate` call.
    public var conditions: ConvergenceConditionSettings
    /// `/solve/monitors/stall` settings; read at the start of every `iterate` call.
    public var stallDetection: StallDetectionSettings
    /// Told of every iteration, in this order, before any decision is taken.
    public var observers: [any IterationObserver] = []
    /// Asked, in this order, whether to stop after each iteration that nothing else ended.
    public var deciders: [any StopDecider] = []
    /// Receives the console's one-line messages (convergence, warnings, divergence).
    public var message: (String) -> Void

    private var divergence: DivergenceDetector
    private var divergenceSettings: ResidualMonitorSettings
    private var stall: StallDetector
    private var stallSettings: (StallDetectionSettings, ResidualMonitorSettings)
    private var conditionCheck: ConvergenceConditionCheck

    /// A controller with no observers or deciders and fresh divergence and stall histories;
    /// `message` receives the console's one-line messages.
    public init(
        residualMonitors: ResidualMonitorSettings,
        conditions: ConvergenceConditionSettings = ConvergenceConditionSettings(),
        stallDetection: StallDetectionSettings = StallDetectionSettings(),
        message: @escaping (String) -> Void
    ) {
        self.residualMonitors = residualMonitors
        self.conditions = conditions
        self.stallDetection = stallDetection
        self.message = message
        divergence = DivergenceDetector(settings: residualMonitors)
        divergenceSettings = residualMonitors
        stall = StallDetector(settings: stallDetection, monitors: residualMonitors)
        stallSettings = (stallDetection, residualMonitors)
        conditionCheck = ConvergenceConditionCheck(settings: conditions)
    }

    /// Forgets divergence, stall and convergence-condition histories (after
    /// `/solve/initialize/initialize-flow`).
    public func reset() {
        divergence = DivergenceDetector(settings: residualMonitors)
        divergenceSettings = residualMonitors
        stall = StallDetector(settings: stallDetection, monitors: residualMonitors)
        stallSettings = (stallDetection, residualMonitors)
        conditionCheck = ConvergenceConditionCheck(settings: conditions)
    }

    /// Performs up to `count` iterations with `step` and returns how the call ended.
    /// - Parameters:
    ///   - isInterrupted: polled before each iteration (Ctrl-C in the REPL).
    ///   - step: one outer iteration of the solver.
    public func iterate(
        count: Int, isInterrupted: () -> Bool = { false },
        reportNames: [String] = [], step: () throws -> IterationRecord
    ) rethrows -> RunOutcome {
        refreshDetectorsIfSettingsChanged()
        var residualCheck = ResidualConvergenceCheck(settings: residualMonitors)
        for observer in observers {
            observer.runWillStart(
                equations: residualMonitors.equations, reports: reportNames, iterationLimit: count)
        }
        var performed = 0
        var last: IterationRecord?
        func finish(_ status: RunStatus, _ reason: String? = nil) -> RunOutcome {
            let outcome = RunOutcome(
                status: status, iterationsPerformed: performed, lastRecord: last, reason: reason)
            for observer in observers { observer.runDidFinish(outcome) }
            return outcome
        }
        while performed < count {
            if isInterrupted() {
                message("Calculation interrupted")
                return finish(.interrupted, "interrupted by the user")
            }
            let record: IterationRecord
            do {
                record = try step()
            } catch {
                // Observers are told of every end, even a failed step (the history closes the
                // batch it holds); the error then goes on to the caller.
                _ = finish(.failed, "\(error)")
                throw error
            }
            performed += 1
            last = record
            for observer in observers {
                observer.iterationDidComplete(record, iterationsLeft: count - performed)
            }
            if let diverged = divergence.inspect(record) {
                message("Error: \(diverged)")
                return finish(.diverged, diverged.description)
            }
            let conditionJudgement = conditionCheck.judge(record)
            for name in conditionJudgement.newlyConverged {
                message("Solution for report definition \(name) has converged")
            }
            let residualJudgement = residualCheck.judge(record)
            if isConverged(residuals: residualJudgement, conditions: conditionJudgement) {
                message("!  \(record.iteration) solution is converged")
                return finish(.converged)
            }
            let flaggedNow = stall.inspect(record)
            for flagged in flaggedNow { message(flagged.description) }
            if stallDetection.stopsOnStall, let first = flaggedNow.first {
                return finish(.stalled, first.description)
            }
            for decider in deciders {
                if let request = decider.stopRequest(after: record) {
                    message(request.reason)
                    return finish(request.status, request.reason)
                }
            }
        }
        return finish(.notConverged, "iteration limit of \(count) reached")
    }

    /// Residual criteria and convergence conditions combined as the settings say: without active
    /// conditions residuals decide alone; with them, the conditions decide, and the residual
    /// criteria must also hold when `residualCriteriaRequired` (and residuals can decide at all).
    private func isConverged(
        residuals: ResidualConvergenceCheck.Judgement,
        conditions judgement: ConvergenceConditionCheck.Judgement
    ) -> Bool {
        guard conditions.hasActiveConditions else { return residuals == .converged }
        guard judgement.isMet else { return false }
        if conditions.residualCriteriaRequired, residuals != .notApplicable {
            return residuals == .converged
        }
        return true
    }

    private func refreshDetectorsIfSettingsChanged() {
        if divergenceSettings != residualMonitors {
            divergence = DivergenceDetector(settings: residualMonitors)
            divergenceSettings = residualMonitors
        }
        if stallSettings.0 != stallDetection || stallSettings.1 != residualMonitors {
            stall = StallDetector(settings: stallDetection, monitors: residualMonitors)
            stallSettings = (stallDetection, residualMonitors)
        }
        if conditionCheck.settings != conditions {
            conditionCheck = ConvergenceConditionCheck(settings: conditions)
        }
    }
}
