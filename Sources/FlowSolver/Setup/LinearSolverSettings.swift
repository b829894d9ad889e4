import LinearSolvers

/// Linear-solver controls per equation family (Fluent `/solve/set/amg-options` and the
/// per-equation termination criterion).
public struct LinearSolverSettings: Sendable, Equatable, Codable {
    /// Momentum: Gauss-Seidel sweeps until the residual falls by `tolerance` or `maxSweeps`.
    public var momentum = LinearSolverControls(tolerance: 0.05, maxSweeps: 8)
    /// Which solver the pressure correction uses.
    public var pressureSolver: PressureSolver = .pcgMultigrid
    /// Pressure correction: PCG until the residual falls by `tolerance` or `maxSweeps`.
    public var pressure = LinearSolverControls(tolerance: 0.3, maxSweeps: 200)
    /// Energy: Gauss-Seidel.
    public var energy = LinearSolverControls(tolerance: 0.1, maxSweeps: 10)

    /// Defaults tuned on the 129² lid-driven cavity (SIMPLEC): a loose pressure solve costs no
    /// outer iterations, more momentum sweeps save outer iterations.
    public init() {}
}
