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

    /// An empty count.
    public init() {}

    /// Counts the pressure-correction solve of `solver`'s last outer iteration.
    public mutating func add(_ solver: SteadyFlowSolver) {
        guard let iterations = solver.lastLinearSolves["pressure-correction"]?.iterations else {
            return
        }
        solves += 1
        total += iterations
        fewest = min(fewest, iterations)
        most = max(most, iterations)
    }

    /// Mean linear iterations per outer iteration (0 before any).
    public var mean: Double { solves == 0 ? 0 : Double(total) / Double(solves) }

    /// Fewest ... most (0...0 before any).
    public var range: ClosedRange<Int> { solves == 0 ? 0...0 : fewest...most }
}
