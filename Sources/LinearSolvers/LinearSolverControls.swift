/// When an iterative linear solver stops: after the residual norm has fallen by the factor
/// `tolerance` relative to its initial value, or after `maxSweeps` iterations, whichever first.
public struct LinearSolverControls: Sendable, Equatable, Codable {
    /// Relative reduction of the residual norm at which to stop, e.g. 0.1 (dimensionless).
    public var tolerance: Double
    /// Maximum number of sweeps (Gauss-Seidel) or iterations (PCG).
    public var maxSweeps: Int

    /// Controls with the given relative tolerance and sweep limit.
    public init(tolerance: Double, maxSweeps: Int) {
        self.tolerance = tolerance
        self.maxSweeps = maxSweeps
    }
}
