import FlowSolver

/// Detects a diverging run from the residual stream: a NaN or infinite residual in any equation,
/// or a displayed residual grown beyond `divergenceFactor` times its smallest value so far.
///
/// The first `nMaximizeNorms` iterations are not used for the smallest value: residuals often rise
/// there while the flow field develops from its initial guess, and Fluent normalises over them.
public struct DivergenceDetector: Sendable {
    /// Why a run is judged diverged, naming the equation.
    public struct Divergence: Sendable, Equatable, CustomStringConvertible {
        /// The diverging equation (Fluent's name, e.g. `x-velocity`).
        public var equation: String
        /// The iteration at which divergence was detected (count since flow initialisation).
        public var iteration: Int
        /// The offending residual: the displayed form when it grew, or the non-finite value
        /// (of whichever form was NaN or infinite first).
        public var residual: Double
        /// Smallest displayed residual seen before (nil for NaN/Inf).
        public var smallestResidual: Double?

        /// The console message: `Divergence detected in EQUATION at iteration N: ...`.
        public var description: String {
            if let smallestResidual {
                let growth = residual / smallestResidual
                return "Divergence detected in \(equation) at iteration \(iteration): residual "
                    + "\(formatResidual(residual)) grew by a factor "
                    + "\(formatResidual(growth)) from its minimum \(formatResidual(smallestResidual))"
            }
            return "Divergence detected in \(equation) at iteration \(iteration): residual is "
                + (residual.isNaN ? "NaN" : "infinite")
        }
    }

    /// The residual form compared (the displayed one, from the monitor settings).
    public let form: ResidualForm
    /// Growth over the smallest value so far that counts as divergence (`divergenceFactor`).
    public let growthFactor: Double
    /// Iterations since flow initialisation not used for the smallest value (`n-maximize-norms`).
    public let iterationsIgnored: Int
    private var smallest: [String: Double] = [:]

    /// A detector with no history, taking its form, factor and ignored iterations from `settings`.
    public init(settings: ResidualMonitorSettings) {
        form = settings.form
        growthFactor = settings.divergenceFactor
        iterationsIgnored = settings.nMaximizeNorms
    }

    /// The divergence shown by `record`, if any; every equation is checked, monitored or not.
    public mutating func inspect(_ record: IterationRecord) -> Divergence? {
        for residual in record.residuals {
            for value in [residual.unscaled, residual.scaled, residual.normalised]
            where !value.isFinite {
                return Divergence(
                    equation: residual.equation, iteration: record.iteration, residual: value,
                    smallestResidual: nil)
            }
            let displayed = form.value(of: residual)
            if let minimum = smallest[residual.equation], minimum > 0,
                displayed > growthFactor * minimum
            {
                return Divergence(
                    equation: residual.equation, iteration: record.iteration,
                    residual: displayed, smallestResidual: minimum)
            }
            if record.iteration > iterationsIgnored {
                smallest[residual.equation] = min(
                    smallest[residual.equation] ?? .infinity, displayed)
            }
        }
        return nil
    }
}
