import FlowSolver

/// Detects a diverging run from the residual stream: a NaN or infinite residual in any equation,
/// or a displayed residual grown beyond `divergenceFactor` times its smallest value so far.
///
/// The first `nMaximizeNorms` iterations are not used for the smallest value: residuals often rise
/// there while the flow field develops from its initial guess, and Fluent normalises over them.
public struct DivergenceDetector: Sendable {
    /// Why a run is judged diverged, naming the equation.
    public struct Divergence: Sendable, Equatable, CustomStringConvertible {
        public var equation: String
        public var iteration: Int
        public var residual: Double
        /// Smallest displayed residual seen before (nil for NaN/Inf).
        public var smallestResidual: Double?

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

    public let form: ResidualForm
    public let growthFactor: Double
    public let iterationsIgnored: Int
    private var smallest: [String: Double] = [:]

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
