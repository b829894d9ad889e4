/// What one linear solve achieved: residual norms are Σ_P |b − A·φ|_P (units of the equation).
public struct LinearSolverPerformance: Sendable, Equatable {
    /// Solver name (`GaussSeidel`, `PCG-DIC`, `dense`).
    public var solver: String
    /// Sweeps or iterations performed.
    public var iterations: Int
    /// Residual norm before the first sweep.
    public var initialResidual: Double
    /// Residual norm after the last sweep.
    public var finalResidual: Double

    /// A performance record.
    public init(solver: String, iterations: Int, initialResidual: Double, finalResidual: Double) {
        self.solver = solver
        self.iterations = iterations
        self.initialResidual = initialResidual
        self.finalResidual = finalResidual
    }
}
