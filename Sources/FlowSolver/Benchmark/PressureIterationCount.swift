import Foundation

/// Pressure-correction linear iterations over a run: the figure that shows whether the
/// pressure solver's convergence depends on the mesh size.
public struct PressureIterationCount: Sendable {
    /// Outer iterations counted.
    public private(set) var solves = 0
    /// Linear iterations summed over them.
    public private(set) var total = 0
    /// Fewest linear iterations of one solve.
    public private(set) var fewest = Int.max
    /// Most linear iterations of one solve.
    public private(set) var most = 0
    /// Σ ln(final/initial residual) over the solves that iterated.
    var logReduction = 0.0

    /// An empty count.
    public init() {}

    /// Counts the pressure-correction solve of `solver`'s last outer iteration.
    public mutating func add(_ solver: SteadyFlowSolver) {
        guard let solve = solver.lastLinearSolves["pressure-correction"] else { return }
        let iterations = solve.iterations
        if iterations > 0 && solve.initialResidual > 0 && solve.finalResidual > 0 {
            logReduction += log(solve.finalResidual / solve.initialResidual)
        }
        solves += 1
        total += iterations
        fewest = min(fewest, iterations)
        most = max(most, iterations)
    }

    /// Mean linear iterations per outer iteration (0 before any).
    public var mean: Double { solves == 0 ? 0 : Double(total) / Double(solves) }

    /// Mean residual reduction per linear iteration, exp(Σ ln(final/initial) / Σ iterations):
    /// the convergence rate, which unlike the count is not rounded to whole iterations by the
    /// loose tolerance (0 before any).
    public var reductionPerIteration: Double { total == 0 ? 0 : exp(logReduction / Double(total)) }

    /// Fewest ... most (0...0 before any).
    public var range: ClosedRange<Int> { solves == 0 ? 0...0 : fewest...most }
}
