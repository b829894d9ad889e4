import Foundation
import FlowSolver

/// Flags residuals that make no progress: over the last `window` iterations the mean of
/// log10(residual) in the last quarter is less than `minimumDecadeDrop` below the mean in the
/// first quarter (means of logs, so one spike does not hide a trend and oscillations average out).
/// A flagged residual is called *oscillating* when more than 30% of consecutive changes flip sign
/// and its peak-to-peak swing exceeds 0.2 decades, *stalled* otherwise.
///
/// Only checked equations that do not yet meet their absolute criterion are watched: a converged
/// residual sitting flat at round-off is not a stall.
public struct StallDetector: Sendable {
    /// A residual flagged for making no progress.
    public struct Stall: Sendable, Equatable, CustomStringConvertible {
        /// How the residual fails to progress; the raw value is the word in the warning.
        public enum Kind: String, Sendable {
            /// Flat or drifting: too little drop without a sustained oscillation.
            case stalled
            /// More than 30% of consecutive changes flip sign and the window's peak-to-peak swing
            /// exceeds 0.2 decades.
            case oscillating
        }
        /// The flagged equation (Fluent's name, e.g. `continuity`).
        public var equation: String
        /// Stalled or oscillating.
        public var kind: Kind
        /// The iteration at which it was flagged (count since flow initialisation).
        public var iteration: Int
        /// Decades the residual fell over the window (negative if it rose).
        public var decadeDrop: Double
        /// Iterations in the window the drop was measured over.
        public var window: Int

        /// The console warning: `Warning: EQUATION residual is KIND at iteration N (...)`.
        public var description: String {
            let drop = String(format: "%.2f", decadeDrop)
            return "Warning: \(equation) residual is \(kind.rawValue) at iteration \(iteration) "
                + "(fell \(drop) decades over the last \(window) iterations)"
        }
    }

    /// The detection settings, fixed for the life of the detector.
    public let settings: StallDetectionSettings
    private let monitors: ResidualMonitorSettings
    /// log10 of the displayed residual per equation, the last `window` iterations, oldest first.
    private var logHistory: [String: [Double]] = [:]
    private var flagged: Set<String> = []

    /// A detector with no history, watching the checked equations of `monitors` in their displayed
    /// form against their absolute criteria.
    public init(settings: StallDetectionSettings, monitors: ResidualMonitorSettings) {
        self.settings = settings
        self.monitors = monitors
    }

    /// New stalls flagged by `record` (each equation is flagged once per run).
    public mutating func inspect(_ record: IterationRecord) -> [Stall] {
        guard settings.isActive, settings.window >= 8 else { return [] }
        var stalls: [Stall] = []
        for monitor in monitors.monitors where monitor.checksConvergence {
            guard let residual = record.residuals.first(where: { $0.equation == monitor.equation })
            else { continue }
            let displayed = monitors.form.value(of: residual)
            guard displayed.isFinite, displayed > 0 else { continue }
            var history = logHistory[monitor.equation, default: []]
            history.append(log10(displayed))
            if history.count > settings.window {
                history.removeFirst(history.count - settings.window)
            }
            logHistory[monitor.equation] = history
            guard history.count == settings.window, displayed >= monitor.absoluteCriterion,
                !flagged.contains(monitor.equation)
            else { continue }
            let quarter = settings.window / 4
            let drop = mean(history.prefix(quarter)) - mean(history.suffix(quarter))
            guard drop < settings.minimumDecadeDrop else { continue }
            flagged.insert(monitor.equation)
            stalls.append(
                Stall(
                    equation: monitor.equation,
                    kind: isOscillating(history) ? .oscillating : .stalled,
                    iteration: record.iteration, decadeDrop: drop, window: settings.window))
        }
        return stalls
    }

    private func isOscillating(_ history: [Double]) -> Bool {
        var signFlips = 0
        for i in 2..<history.count
        where (history[i] - history[i - 1]) * (history[i - 1] - history[i - 2]) < 0 {
            signFlips += 1
        }
        let swing = (history.max() ?? 0) - (history.min() ?? 0)
        return Double(signFlips) > 0.3 * Double(history.count - 2) && swing > 0.2
    }

    private func mean<C: Collection>(_ values: C) -> Double where C.Element == Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }
}
